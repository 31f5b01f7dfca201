// A real exec file's header (block type 0x01, magic 0xC0C0, format version 0x1007) followed by a session-info
// block cut off in the middle: what a test JVM killed while the JaCoCo agent was writing leaves behind.
File target = new File(basedir, 'target')
target.mkdirs()
byte[] bytes = [0x01, 0xC0, 0xC0, 0x10, 0x07, 0x10, 0x00, 0x05, 0x6B, 0x69] as byte[]
new File(target, 'jacoco-killed.exec').bytes = bytes
return true
