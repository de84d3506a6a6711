package dev.frontrun.internal.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/**
 * Inserts a call to the bridge before each field, static and array access, {@code monitorenter/monitorexit} and
 * call to a synchronized method of an included class, and replaces {@code Object.wait/notify/notifyAll} and
 * {@code Thread.sleep/yield} by bridge calls. Only straight-line code is added and the operand stack is left as it
 * was, so existing stack map frames stay valid (retransformation-safe: no new members, no new locals).
 */
final class AccessMethodVisitor extends MethodVisitor {

    static final String BRIDGE = "dev/frontrun/internal/bootstrap/Bridge";

    private final String className;
    private final String method;
    private final String file;
    private final Members members;
    private final boolean constructor;
    private boolean initialized;
    private int pendingNews;
    private int line = -1;
    /** A compiler-generated switch table was just loaded: its element read is no shared state. */
    private boolean switchTable;
    /** The first local slot the original code does not use: where call arguments are set aside. */
    private final int firstFreeLocal;
    private int extraLocals;
    /** A reference read's site just instrumented: an {@code IFNULL}/{@code IFNONNULL} next makes it a null test. */
    private int testedRead = -1;

    AccessMethodVisitor(MethodVisitor mv, String className, String method, String file, Members members,
            int firstFreeLocal) {
        super(Opcodes.ASM9, mv);
        this.firstFreeLocal = firstFreeLocal;
        this.className = className;
        this.method = method;
        this.file = file;
        this.members = members;
        this.constructor = method.equals("<init>");
        this.initialized = !constructor;
    }

    @Override
    public void visitLineNumber(int line, net.bytebuddy.jar.asm.Label start) {
        this.line = line;
        super.visitLineNumber(line, start);
    }

    private int site(OpKind kind, String member) {
        int id = Sites.register(new Site(className, method, file, line, kind, member));
        super.visitLdcInsn(id);
        return id;
    }

    private void bridge(String name, String desc) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, name, desc, false);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        testedRead = -1;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitJumpInsn(int opcode, net.bytebuddy.jar.asm.Label label) {
        if ((opcode == Opcodes.IFNULL || opcode == Opcodes.IFNONNULL) && testedRead >= 0) {
            Sites.markNullTest(testedRead); // if (instance == null): the check of a lazy initialization
        }
        testedRead = -1;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW) {
            pendingNews++;
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        testedRead = -1;
        if (opcode == Opcodes.GETSTATIC && (name.startsWith("$SwitchMap$") || name.startsWith("$SWITCH_TABLE$"))) {
            // javac's (and ecj's) table for a switch on an enum: filled once, then only read
            switchTable = true;
            super.visitFieldInsn(opcode, owner, name, descriptor);
            return;
        }
        boolean instance = opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD;
        Members.FieldInfo f = members.field(owner, name);
        if ((instance && !initialized) || f.isFinal() || name.startsWith("this$") || name.startsWith("$")) {
            super.visitFieldInsn(opcode, owner, name, descriptor);
            return;
        }
        String member = simpleName(f.declaringClass()) + "." + name;
        boolean read = opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC;
        OpKind kind = read ? (f.isVolatile() ? OpKind.VOLATILE_READ : OpKind.READ)
                : (f.isVolatile() ? OpKind.VOLATILE_WRITE : OpKind.WRITE);
        String hook = read ? "fieldRead" : "fieldWrite";
        switch (opcode) {
            case Opcodes.GETFIELD:
                super.visitInsn(Opcodes.DUP);
                break;
            case Opcodes.PUTFIELD:
                if (Type.getType(descriptor).getSize() == 2) {
                    super.visitInsn(Opcodes.DUP2_X1);
                    super.visitInsn(Opcodes.POP2);
                    super.visitInsn(Opcodes.DUP_X2);
                } else {
                    super.visitInsn(Opcodes.DUP2);
                    super.visitInsn(Opcodes.POP);
                }
                break;
            default:
                super.visitInsn(Opcodes.ACONST_NULL);
        }
        // a static field is one resource whichever class accesses it: named by its declaring class in full
        int id = instance ? site(kind, member) : Sites.register(new Site(className, method, file, line, kind, member,
                f.declaringClass() + "." + name));
        if (!instance) {
            super.visitLdcInsn(id);
        }
        bridge(hook, "(Ljava/lang/Object;I)V");
        testedRead = read && (descriptor.charAt(0) == 'L' || descriptor.charAt(0) == '[') ? id : -1;
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInsn(int opcode) {
        testedRead = -1;
        if (opcode == Opcodes.IALOAD && switchTable) {
            switchTable = false;
        } else if (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD && initialized) {
            super.visitInsn(Opcodes.DUP2);
            site(OpKind.READ, null);
            bridge("arrayRead", "(Ljava/lang/Object;II)V");
        } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE && initialized) {
            if (opcode == Opcodes.LASTORE || opcode == Opcodes.DASTORE) {
                super.visitInsn(Opcodes.DUP2_X2);
                super.visitInsn(Opcodes.POP2);
                super.visitInsn(Opcodes.DUP2_X2);
            } else {
                super.visitInsn(Opcodes.DUP_X2);
                super.visitInsn(Opcodes.POP);
                super.visitInsn(Opcodes.DUP2_X1);
            }
            site(OpKind.WRITE, null);
            bridge("arrayWrite", "(Ljava/lang/Object;II)V");
        } else if (opcode == Opcodes.MONITORENTER) {
            super.visitInsn(Opcodes.DUP);
            site(OpKind.LOCK_ACQUIRE, null);
            bridge("monitorEnter", "(Ljava/lang/Object;I)V");
        } else if (opcode == Opcodes.MONITOREXIT) {
            super.visitInsn(Opcodes.DUP);
            site(OpKind.LOCK_RELEASE, null);
            bridge("monitorExit", "(Ljava/lang/Object;I)V");
        }
        super.visitInsn(opcode);
    }

    /**
     * A method reference to the clock ({@code LongSupplier clock = System::nanoTime}) reads the virtual clock, as a
     * call does: the lambda's target becomes the bridge's method of the same name.
     */
    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, net.bytebuddy.jar.asm.Handle bootstrap,
            Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof net.bytebuddy.jar.asm.Handle h && h.getTag() == Opcodes.H_INVOKESTATIC
                    && h.getOwner().equals("java/lang/System") && h.getDesc().equals("()J")
                    && (h.getName().equals("nanoTime") || h.getName().equals("currentTimeMillis"))) {
                arguments[i] = new net.bytebuddy.jar.asm.Handle(Opcodes.H_INVOKESTATIC, BRIDGE, h.getName(), "()J",
                        false);
            }
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
        testedRead = -1;
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && constructor && !initialized) {
            if (pendingNews > 0) {
                pendingNews--;
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, itf);
                initialized = true;
                return;
            }
        }
        if (opcode == Opcodes.INVOKEVIRTUAL && replaceObjectMethod(name, descriptor)) {
            return;
        }
        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/Thread") && replaceThreadMethod(name, descriptor)) {
            return;
        }
        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && descriptor.equals("()J")
                && (name.equals("nanoTime") || name.equals("currentTimeMillis"))) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, name, descriptor, false);
            return;
        }
        if (initialized && (owner.startsWith("java/") || owner.startsWith("javax/"))) {
            jdkCall(opcode, owner, owner, name, descriptor, itf);
            return;
        }
        String jdk = initialized && (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE)
                ? members.inheritedFromJdk(owner, name, descriptor) : null;
        if (jdk != null) {
            jdkCall(opcode, owner, jdk, name, descriptor, itf); // a JDK method an application class inherits
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, itf);
    }

    private boolean replaceObjectMethod(String name, String descriptor) {
        switch (name + descriptor) {
            case "wait()V":
                super.visitInsn(Opcodes.LCONST_0);
                break;
            case "wait(J)V":
                break;
            case "wait(JI)V":
                super.visitInsn(Opcodes.POP);
                break;
            case "notify()V":
            case "notifyAll()V":
                super.visitInsn(name.equals("notifyAll") ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                site(OpKind.NOTIFY, null);
                bridge("objectNotify", "(Ljava/lang/Object;ZI)V");
                return true;
            default:
                return false;
        }
        site(OpKind.WAIT, null);
        bridge("objectWait", "(Ljava/lang/Object;JI)V");
        return true;
    }

    private boolean replaceThreadMethod(String name, String descriptor) {
        switch (name + descriptor) {
            case "sleep(J)V":
                break;
            case "sleep(JI)V":
                super.visitInsn(Opcodes.POP);
                break;
            case "yield()V":
            case "onSpinWait()V":
                site(OpKind.YIELD, null);
                bridge("yieldNow", "(I)V");
                return true;
            default:
                return false;
        }
        site(OpKind.SLEEP, null);
        bridge("sleep", "(JI)V");
        return true;
    }

    /** A call on a JDK class: see {@link JdkCallSite}. */
    private void jdkCall(int opcode, String owner, String jdkOwner, String name, String descriptor, boolean itf) {
        int used = JdkCallSite.emit(mv, opcode, owner, jdkOwner, name, descriptor, itf, firstFreeLocal, this::site);
        extraLocals = Math.max(extraLocals, used);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(maxStack + 6, maxLocals + extraLocals);
    }

    static String simpleName(String internalName) {
        String n = internalName.substring(internalName.lastIndexOf('/') + 1);
        int dollar = n.lastIndexOf('$');
        if (dollar >= 0 && dollar + 1 < n.length() && !Character.isDigit(n.charAt(dollar + 1))) {
            return n.substring(dollar + 1);
        }
        return n;
    }
}
