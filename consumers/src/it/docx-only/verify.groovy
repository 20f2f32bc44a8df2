import java.util.zip.ZipFile

def run = evaluate(new File(shared, 'consumer.groovy'))
def libs = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }.sort()
def pdfStack = libs.findAll { it.name =~ /(?i)pdfbox|fontbox|openhtmltopdf|batik|xmlgraphics|jasperreports|xml-apis|graphics2d/ }
assert pdfStack.isEmpty(): "a Word consumer carries the PDF stack: ${pdfStack*.name}"
def classPath = ([new File(basedir, 'target/classes')] + libs).join(File.pathSeparator)
// A worked example with a chronology and a family tree, beside the shared inputs.
def worked = new File(shared, '../../../../examples/src/main/resources/worked/school-avoidance-ahmed.yaml')
// POI logs through the Log4j API, which with no provider says so on standard error: the
// developer's guide tells an application to add one or, as here, to name the API's own simple
// one, which writes only errors.
def simpleLog4j = '-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory'
run([simpleLog4j, '-cp', classPath, 'consumer.Main'], ['md', 'html', 'docx'], [worked.canonicalPath])

// Read each document back as a zip of XML, not through the library that wrote it.
def out = new File(basedir, 'target/out')
def read = { String name ->
  def zip = new ZipFile(new File(out, name))
  try {
    def text = { String entry -> zip.getInputStream(zip.getEntry(entry)).getText('UTF-8') }
    [document: text('word/document.xml'), core: text('docProps/core.xml'),
     media: zip.entries().collect { it.name }.findAll { it.startsWith('word/media/') }]
  } finally {
    zip.close()
  }
}
['', '-family', '-chronology', '-genogram'].each { suffix ->
  def d = read("school-avoidance-ahmed${suffix}.docx")
  assert d.core.contains('<dc:title>Formulation with the Ahmed family</dc:title>'): "school-avoidance-ahmed${suffix}.docx: no title"
  assert d.document.contains('w:val="Heading1"'): "school-avoidance-ahmed${suffix}.docx: no Heading 1"
  // Each picture as a PNG with its SVG, and a text alternative in the drawing's descr.
  def pngs = d.media.count { it.endsWith('.png') }
  assert pngs >= 1 && d.media.count { it.endsWith('.svg') } == pngs: "school-avoidance-ahmed${suffix}.docx: ${d.media}"
  assert (d.document =~ /descr="[^"]{20,}"/).count == pngs * 2: "school-avoidance-ahmed${suffix}.docx: a picture without its text alternative"
}
assert read('school-avoidance-ahmed-genogram.docx').document.contains('Family tree')
assert read('school-avoidance-ahmed-chronology.docx').document.contains('Amira started going to art club every Thursday.')
def family = read('family.docx')
assert family.document.contains('Reading with Nani 📚'): 'the emoji are missing from the Word document'
return true
