package dev.frontrun.internal.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import dev.frontrun.internal.vocab.OpKind;

/** The code around a call from application code on a JDK class, emitted for {@link AccessMethodVisitor}. */
final class JdkCallSite {

    /** Registers a site of the call being instrumented and pushes its id. */
    interface SiteMaker {
        int push(OpKind kind, String member);
    }

    private JdkCallSite() {
    }

    /**
     * Emits a call on a JDK class: when it touches JDK objects (its receiver, the objects it is given), sets the
     * arguments aside in fresh locals, hands the receiver (or {@code null}) and those objects to the bridge with the
     * site (whose kind says whether the call changes the receiver, or without one its first object), and puts the
     * arguments back; after the call, hands a returned view (an iterator, a key set, a wrapper) to the bridge with
     * what it shows.
     *
     * @param out where the code goes (the visitor after the instrumenting one)
     * @param owner the class the call names; {@code jdkOwner} the JDK class whose method it runs (the same, or the
     *     JDK class an application class inherits the method from)
     * @param firstFreeLocal the first local slot the method does not use
     * @param site registers the call's site and pushes its id
     * @return how many local slots past {@code firstFreeLocal} the code used
     */
    static int emit(MethodVisitor out, int opcode, String owner, String jdkOwner, String name, String descriptor,
            boolean itf, int firstFreeLocal, SiteMaker site) {
        boolean constructor = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>");
        // INVOKESPECIAL otherwise: super.put(...) in an application class that overrides a JDK class's method
        boolean instance = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE
                || opcode == Opcodes.INVOKESPECIAL && !constructor;
        boolean receiver = instance && LibraryMethods.observed(jdkOwner, name);
        // a reflective call hands its arguments on to the method it calls, whose own accesses are observed
        boolean reflective = jdkOwner.startsWith("java/lang/reflect/") || jdkOwner.startsWith("java/lang/invoke/")
                && !jdkOwner.equals("java/lang/invoke/VarHandle");
        int[] shared = !reflective && (instance || constructor || opcode == Opcodes.INVOKESTATIC)
                ? LibraryMethods.sharedArguments(descriptor) : new int[0];
        boolean view = receiver && LibraryMethods.returnsView(jdkOwner, name, descriptor);
        boolean wrap = opcode == Opcodes.INVOKESTATIC && shared.length > 0 && shared[0] == 0
                && LibraryMethods.wrapsFirstArgument(owner, name, descriptor);
        if (!receiver && shared.length == 0) {
            out.visitMethodInsn(opcode, owner, name, descriptor, itf);
            return 0;
        }
        Type[] args = Type.getArgumentTypes(descriptor);
        int[] slots = new int[args.length];
        int next = firstFreeLocal;
        for (int i = 0; i < args.length; i++) {
            slots[i] = next;
            next += args[i].getSize();
        }
        int receiverSlot = next++;
        for (int i = args.length - 1; i >= 0; i--) {
            out.visitVarInsn(args[i].getOpcode(Opcodes.ISTORE), slots[i]);
        }
        if (receiver) {
            out.visitInsn(Opcodes.DUP);
            if (view) {
                out.visitInsn(Opcodes.DUP);
                out.visitVarInsn(Opcodes.ASTORE, receiverSlot);
            }
        } else {
            out.visitInsn(Opcodes.ACONST_NULL);
        }
        if (shared.length == 0) {
            out.visitInsn(Opcodes.ACONST_NULL);
        } else {
            out.visitLdcInsn(shared.length);
            out.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < shared.length; i++) {
                out.visitInsn(Opcodes.DUP);
                out.visitLdcInsn(i);
                out.visitVarInsn(Opcodes.ALOAD, slots[shared[i]]);
                out.visitInsn(Opcodes.AASTORE);
            }
        }
        boolean changes = receiver ? !LibraryMethods.observes(name)
                : opcode == Opcodes.INVOKESTATIC && LibraryMethods.writesFirstArgument(owner, name);
        site.push(changes ? OpKind.WRITE : OpKind.READ,
                AccessMethodVisitor.simpleName(owner) + "." + (constructor ? "new" : name));
        bridge(out, "libraryCall", "(Ljava/lang/Object;[Ljava/lang/Object;I)V");
        for (int i = 0; i < args.length; i++) {
            out.visitVarInsn(args[i].getOpcode(Opcodes.ILOAD), slots[i]);
        }
        out.visitMethodInsn(opcode, owner, name, descriptor, itf);
        // a JDK object made from an array may keep it (new ByteArrayInputStream(buffer)): a view of the array
        int keptArray = constructor && !LibraryMethods.value(owner) ? firstArray(args) : -1;
        if (view || wrap || keptArray >= 0) {
            out.visitInsn(Opcodes.DUP);
            out.visitVarInsn(Opcodes.ALOAD, view ? receiverSlot : wrap ? slots[0] : slots[keptArray]);
            bridge(out, "libraryView", "(Ljava/lang/Object;Ljava/lang/Object;)V");
        }
        return next - firstFreeLocal;
    }

    /** @return the index of the first array parameter, or -1 */
    private static int firstArray(Type[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].getSort() == Type.ARRAY) {
                return i;
            }
        }
        return -1;
    }

    private static void bridge(MethodVisitor out, String name, String desc) {
        out.visitMethodInsn(Opcodes.INVOKESTATIC, AccessMethodVisitor.BRIDGE, name, desc, false);
    }
}
