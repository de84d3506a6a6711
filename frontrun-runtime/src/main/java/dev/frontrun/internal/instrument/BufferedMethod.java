package dev.frontrun.internal.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.Attribute;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.TypePath;

/**
 * Holds back a method's code until its end, so that the visitor that rewrites it knows the method's
 * {@code maxLocals} (the first local slot it may use for values it sets aside) before it sees the first
 * instruction. Everything before the code (parameters, annotations) goes straight through; type annotations inside
 * the code are dropped (the JVM does not use them).
 */
final class BufferedMethod extends MethodVisitor {

    private final MethodVisitor direct;
    private final IntFunction<MethodVisitor> rewriter;
    private final List<Consumer<MethodVisitor>> code = new ArrayList<>();
    private boolean inCode;

    /**
     * @param direct where the method goes
     * @param rewriter given the method's maxLocals, the visitor that rewrites the code into {@code direct}
     */
    BufferedMethod(MethodVisitor direct, IntFunction<MethodVisitor> rewriter) {
        super(Opcodes.ASM9, direct);
        this.direct = direct;
        this.rewriter = rewriter;
    }

    private void add(Consumer<MethodVisitor> c) {
        code.add(c);
    }

    @Override
    public void visitCode() {
        inCode = true;
    }

    @Override
    public void visitAttribute(Attribute attribute) {
        if (inCode) {
            add(v -> v.visitAttribute(attribute));
        } else {
            direct.visitAttribute(attribute);
        }
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        // the class reader reuses its frame arrays for the next frame: keep copies
        Object[] l = local == null ? null : local.clone();
        Object[] st = stack == null ? null : stack.clone();
        add(v -> v.visitFrame(type, numLocal, l, numStack, st));
    }

    @Override
    public void visitInsn(int opcode) {
        add(v -> v.visitInsn(opcode));
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        add(v -> v.visitIntInsn(opcode, operand));
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        add(v -> v.visitVarInsn(opcode, varIndex));
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        add(v -> v.visitTypeInsn(opcode, type));
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        add(v -> v.visitFieldInsn(opcode, owner, name, descriptor));
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        add(v -> v.visitMethodInsn(opcode, owner, name, descriptor, isInterface));
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
        Object[] args = bsmArgs.clone();
        add(v -> v.visitInvokeDynamicInsn(name, descriptor, bsm, args));
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        add(v -> v.visitJumpInsn(opcode, label));
    }

    @Override
    public void visitLabel(Label label) {
        add(v -> v.visitLabel(label));
    }

    @Override
    public void visitLdcInsn(Object value) {
        add(v -> v.visitLdcInsn(value));
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        add(v -> v.visitIincInsn(varIndex, increment));
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        Label[] ls = labels.clone();
        add(v -> v.visitTableSwitchInsn(min, max, dflt, ls));
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        int[] ks = keys.clone();
        Label[] ls = labels.clone();
        add(v -> v.visitLookupSwitchInsn(dflt, ks, ls));
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        add(v -> v.visitMultiANewArrayInsn(descriptor, numDimensions));
    }

    @Override
    public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        return null;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        add(v -> v.visitTryCatchBlock(start, end, handler, type));
    }

    @Override
    public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor,
            boolean visible) {
        return null;
    }

    @Override
    public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
            int index) {
        add(v -> v.visitLocalVariable(name, descriptor, signature, start, end, index));
    }

    @Override
    public AnnotationVisitor visitLocalVariableAnnotation(int typeRef, TypePath typePath, Label[] start, Label[] end,
            int[] index, String descriptor, boolean visible) {
        return null;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        add(v -> v.visitLineNumber(line, start));
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        add(v -> v.visitMaxs(maxStack, maxLocals));
        MethodVisitor target = rewriter.apply(maxLocals);
        target.visitCode();
        for (Consumer<MethodVisitor> c : code) {
            c.accept(target);
        }
        code.clear();
        inCode = false;
    }
}
