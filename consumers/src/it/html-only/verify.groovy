def run = evaluate(new File(shared, 'consumer.groovy'))
def libs = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }.sort()
def pdfStack = libs.findAll { it.name =~ /(?i)pdfbox|fontbox|openhtmltopdf|batik|xmlgraphics|jasperreports|xml-apis|graphics2d/ }
assert pdfStack.isEmpty(): "a Markdown and HTML consumer carries the PDF stack: ${pdfStack*.name}"
def classPath = ([new File(basedir, 'target/classes')] + libs).join(File.pathSeparator)
run(['-cp', classPath, 'consumer.Main'], ['md', 'html'])
return true
