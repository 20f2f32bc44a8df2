// Shared by each project's verify.groovy: runs the program that project built, in a JVM of its
// own, on the two inputs in shared/, and checks what it wrote. `basedir` and `javaHome` come from
// maven-invoker-plugin.
def libs = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }.sort()
def inputs = ['family.yaml', 'long-plain-scalar.yaml'].collect { new File(shared, it).path }
def out = new File(basedir, 'target/out')

// `more`: inputs of the project's own, beside the shared ones, whose outputs it checks itself.
def run = { List<String> launch, List<String> formats, List<String> more = [] ->
  def command = ["$javaHome/bin/java".toString()] + launch + inputs + more + [out.path]
  def process = new ProcessBuilder(command).directory(basedir).start()
  def stdout = new StringBuilder()
  def stderr = new StringBuilder()
  process.consumeProcessOutput(stdout, stderr)
  process.waitFor()
  println "consumer ran: ${command.join(' ')}"
  println stdout
  assert process.exitValue() == 0: "exit ${process.exitValue()}; standard error:\n$stderr"
  assert stderr.length() == 0: "the program wrote to standard error:\n$stderr"
  inputs.each { input ->
    def name = new File(input).name - '.yaml'
    formats.each { format ->
      def file = new File(out, "$name.$format")
      assert file.length() > 0: "$file was not written"
    }
  }
  assert new File(out, 'family.md').getText('UTF-8').contains('breakfast club'): 'the long statement is missing from the Markdown'
  assert new File(out, 'family.html').getText('UTF-8').contains('📚'): 'the emoji are missing from the HTML'
  formats.findAll { it == 'pdf' }.each {
    assert new File(out, 'family.pdf').bytes[0..4] == '%PDF-'.bytes as List: 'family.pdf is not a PDF'
  }
  // The figure the developer's guide quotes for each artifact, measured here and checked there.
  def figure = String.format(Locale.ROOT, '%d jars, %.1f MB', libs.size(),
      libs.sum { it.length() } / 1e6)
  println "${basedir.name} run-time class path: $figure"
  def artifact = libs.any { it.name.startsWith('formulation-pdf-') } ? 'formulation-pdf'
      : libs.any { it.name.startsWith('formulation-docx-') } ? 'formulation-docx'
      : 'formulation-render'
  def guide = new File(shared, '../../../../docs/developers-guide.md')
  def row = guide.readLines('UTF-8').find { it.startsWith("| `$artifact` |") }
  assert row != null: "$guide has no row for $artifact"
  // The count exactly; the size to within 5%, so that a class added to the core does not make
  // the guide wrong, but a dependency added or a font bundled does.
  def stated = (row =~ /(\d+) jars, ([0-9.]+) MB/)
  assert stated.find(): "$guide gives no 'N jars, X MB' for $artifact:\n$row"
  def measured = libs.sum { it.length() } / 1e6
  assert stated.group(1) as int == libs.size() &&
      Math.abs((stated.group(2) as double) - measured) <= 0.05 * measured:
      "$guide says of $artifact's run-time class path:\n$row\nbut it is $figure"
  return libs
}
return run
