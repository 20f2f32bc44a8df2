package io.github.sixps.formulation.bench;

import java.util.Map;

/**
 * What the report needs besides JMH's own results: when and where the benchmarks ran, how large
 * the inputs were and what the command-line run measured. Saved beside the results, so that the
 * report can be written again without running everything again.
 *
 * @param date the day of the run, ISO 8601
 * @param machine cores, memory, operating system and processor, in words
 * @param loadBefore the one-minute load average when the run started
 * @param loadAfter the one-minute load average when it ended
 * @param quick whether it was a quick run (fewer forks and iterations), not for the record
 * @param complete whether everything ran, in full and without profilers: only such a run's
 *     report is written into the document
 * @param workedFile the file name of the largest worked example
 * @param workedYamlBytes that file's size
 * @param jsonBytes each size's length as canonical JSON, by the {@code size} parameter's value
 * @param perpetuatingFactors each size's number of perpetuating factors, which is what the
 *     prioritiser ranks
 * @param commandLine the command-line run, or null when it was skipped
 */
record RunContext(String date, String machine, double loadBefore, double loadAfter,
    boolean quick, boolean complete, String workedFile, long workedYamlBytes,
    Map<String, Long> jsonBytes, Map<String, Integer> perpetuatingFactors,
    CommandLineTiming.Result commandLine) {}
