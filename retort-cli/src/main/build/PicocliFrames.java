/*
 * Build-time tool, not part of retort-cli's classes: run by the pom after maven-shade as
 * java -cp asm.jar src/main/build/PicocliFrames.java target/retort.jar
 *
 * picocli ships Java 5 class files (major 49, no StackMapTable). JDK 17's dynamic CDS archive leaves such
 * "old" classes out, so each start of retort would parse and verify ~180 picocli classes with the slow
 * inference verifier. This rewrites every picocli/**.class of the jar in place to major 52 (Java 8) with
 * stack map frames computed by ASM; the code itself is unchanged. Classes already at 52 or later are left
 * as they are, so running it twice is harmless. Fails when none is found (a renamed package would
 * otherwise go unnoticed). It lives under src/main (so that bin/retort's staleness check sees it) but outside
 * src/main/java: Maven never compiles it into the module.
 */

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

public class PicocliFrames {
    private static final int JAVA_8 = 52;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path out = jar.resolveSibling(jar.getFileName() + ".frames");
        int rewritten = 0;
        // The jar's own classes, loaded (never initialized) to find common super classes of frame types.
        try (ZipFile zip = new ZipFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                String name = entry.getName();
                if (name.startsWith("picocli/") && name.endsWith(".class") && major(bytes) < JAVA_8) {
                    bytes = withFrames(bytes, loader);
                    rewritten++;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                target.putNextEntry(copy);
                target.write(bytes);
                target.closeEntry();
            }
        }
        if (rewritten == 0 && !alreadyDone(jar)) {
            Files.delete(out);
            throw new IllegalStateException("no picocli class found in " + jar);
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("PicocliFrames: " + rewritten + " picocli classes now at major " + JAVA_8
                + " with stack map frames in " + jar);
    }

    static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    static byte[] withFrames(byte[] classFile, ClassLoader loader) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        ClassVisitor upgrade = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        };
        new ClassReader(classFile).accept(upgrade, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** True when the jar holds picocli classes that an earlier run already rewrote. */
    private static boolean alreadyDone(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith("picocli/") && e.getName().endsWith(".class"));
        }
    }
}
