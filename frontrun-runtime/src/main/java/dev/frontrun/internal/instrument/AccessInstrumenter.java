package dev.frontrun.internal.instrument;

import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;

/** The byte-buddy wrapper that runs {@link AccessMethodVisitor} over every method of an included class. */
final class AccessInstrumenter implements AsmVisitorWrapper {

    AccessInstrumenter() {
    }

    @Override
    public int mergeWriter(int flags) {
        return flags;
    }

    @Override
    public int mergeReader(int flags) {
        return flags;
    }

    @Override
    public ClassVisitor wrap(TypeDescription type, ClassVisitor cv, Implementation.Context context, TypePool pool,
            FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods, int writerFlags,
            int readerFlags) {
        Members members = new Members(pool);
        String className = type.getName();
        return new ClassVisitor(Opcodes.ASM9, cv) {
            private String file;

            @Override
            public void visitSource(String source, String debug) {
                file = source;
                super.visitSource(source, debug);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (mv == null || name.equals("<clinit>") || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return mv;
                }
                // held back to the method's end, so the rewriter knows which local slots are free
                return new BufferedMethod(mv, maxLocals -> new AccessMethodVisitor(mv, className, name, file, members,
                        maxLocals));
            }
        };
    }
}
