def run = evaluate(new File(shared, 'consumer.groovy'))
def libs = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }
def classPath = ([new File(basedir, 'target/classes')] + libs).join(File.pathSeparator)
run(['-cp', classPath, 'consumer.Main'], ['md', 'html', 'pdf'])
return true
