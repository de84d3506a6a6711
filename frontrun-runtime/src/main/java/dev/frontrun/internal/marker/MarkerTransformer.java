package dev.frontrun.internal.marker;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Inserts a call to {@link MarkerHook#reached(String, String, int)} at the start of every marked source line.
 *
 * <p>Only method bodies change, so the transformation is also valid when classes that were loaded before the agent
 * are retransformed. The call is placed before the first instruction of the line (after any stack map frame at that
 * position), with constant arguments, so it leaves the operand stack as it found it.
 */
final class MarkerTransformer implements ClassFileTransformer {

    private static final String HOOK = MarkerHook.class.getName().replace('.', '/');

    private final MarkerIndex index;

    MarkerTransformer(MarkerIndex index) {
        this.index = index;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] bytes) {
        if (className == null || loader == null) {
            return null;
        }
        int slash = className.lastIndexOf('/');
        if (!index.hasPackage(slash < 0 ? "" : className.substring(0, slash))) {
            return null;
        }
        try {
            return rewrite(className, bytes);
        } catch (RuntimeException e) {
            System.err.println("[frontrun] could not insert trace markers into " + className + ": " + e);
            return null;
        }
    }

    private byte[] rewrite(String className, byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        MarkingClassVisitor visitor = new MarkingClassVisitor(writer, className);
        reader.accept(visitor, 0);
        return visitor.changed ? writer.toByteArray() : null;
    }

    private final class MarkingClassVisitor extends ClassVisitor {
        private final String className;
        private String file;
        private Map<Integer, List<String>> markers = Map.of();
        boolean changed;

        MarkingClassVisitor(ClassVisitor next, String className) {
            super(Opcodes.ASM9, next);
            this.className = className;
        }

        @Override
        public void visitSource(String source, String debug) {
            if (source != null) {
                int slash = className.lastIndexOf('/');
                file = (slash < 0 ? "" : className.substring(0, slash + 1)) + source;
                markers = index.commentMarkers(file);
            }
            super.visitSource(source, debug);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            return markers.isEmpty() ? mv : new MarkingMethodVisitor(mv);
        }

        private final class MarkingMethodVisitor extends MethodVisitor {
            private List<String> pending;
            private int pendingLine;

            MarkingMethodVisitor(MethodVisitor next) {
                super(Opcodes.ASM9, next);
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                super.visitLineNumber(line, start);
                List<String> names = markers.get(line);
                if (names != null) {
                    pending = names;
                    pendingLine = line;
                }
            }

            private void flush() {
                if (pending == null) {
                    return;
                }
                for (String name : pending) {
                    super.visitLdcInsn(name);
                    super.visitLdcInsn(file);
                    super.visitLdcInsn(pendingLine);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "reached", "(Ljava/lang/String;Ljava/lang/String;I)V",
                            false);
                }
                pending = null;
                changed = true;
            }

            @Override
            public void visitInsn(int opcode) {
                flush();
                super.visitInsn(opcode);
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                flush();
                super.visitIntInsn(opcode, operand);
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                flush();
                super.visitVarInsn(opcode, varIndex);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                flush();
                super.visitTypeInsn(opcode, type);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                flush();
                super.visitFieldInsn(opcode, owner, name, descriptor);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                flush();
                super.visitMethodInsn(opcode, owner, name, descriptor, itf);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
                flush();
                super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                flush();
                super.visitJumpInsn(opcode, label);
            }

            @Override
            public void visitLdcInsn(Object value) {
                flush();
                super.visitLdcInsn(value);
            }

            @Override
            public void visitIincInsn(int varIndex, int increment) {
                flush();
                super.visitIincInsn(varIndex, increment);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                flush();
                super.visitTableSwitchInsn(min, max, dflt, labels);
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                flush();
                super.visitLookupSwitchInsn(dflt, keys, labels);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                flush();
                super.visitMultiANewArrayInsn(descriptor, numDimensions);
            }
        }
    }
}
