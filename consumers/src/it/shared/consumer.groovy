// Shared by each project's verify.groovy: runs the program that project built, in a JVM of its
// own, on the two inputs in shared/, and checks what it wrote. `basedir` and `javaHome` come from
// maven-invoker-plugin.
def libs = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }.sort()
def inputs = ['family.yaml', 'long-plain-scalar.yaml'].collect { new File(shared, it).path }
def out = new File(basedir, 'target/out')

def run = { List<String> launch, List<String> formats ->
  def command = ["$javaHome/bin/java".toString()] + launch + inputs + [out.path]
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
  // The figure the developer's guide quotes for each artifact.
  println String.format(Locale.ROOT, '%s run-time class path: %d jars, %.1f MB', basedir.name,
      libs.size(), libs.sum { it.length() } / 1e6)
  return libs
}
return run
