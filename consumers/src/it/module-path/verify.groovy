def run = evaluate(new File(shared, 'consumer.groovy'))
def modulePath = [new File(basedir, 'target/classes'), new File(basedir, 'target/lib')].join(File.pathSeparator)
run(['--module-path', modulePath, '--module', 'consumer/consumer.Main'], ['md', 'html', 'pdf'])
return true
