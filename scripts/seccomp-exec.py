#!/usr/bin/env python3
"""seccomp-exec.py - run a program under the system-call filter of systemd/timelined.service, without systemd.

USAGE
    seccomp-exec.py PROGRAM [ARGS...]

Loads, through libseccomp, the filter the unit asks for and then execs PROGRAM:
    SystemCallFilter=@system-service        anything else kills the process (SIGSYS): stricter than the
                                            unit, so a call outside the set cannot go unnoticed
    SystemCallFilter=~@privileged @resources   fail with EPERM (the unit's SystemCallErrorNumber=EPERM)
    RestrictAddressFamilies=AF_UNIX         socket() with any other family kills the process
The groups are expanded by `systemd-analyze syscall-filter`, so they are systemd's own lists.
Call it with no_new_privs set (`setpriv --no-new-privs`) or as root.
"""
import ctypes, errno, os, socket, subprocess, sys

SCMP_ACT_KILL_PROCESS = 0x80000000
SCMP_ACT_ALLOW = 0x7FFF0000
SCMP_CMP_EQ = 4


def SCMP_ACT_ERRNO(code):
    return 0x00050000 | (code & 0xFFFF)


class ArgCmp(ctypes.Structure):
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64),
                ("datum_b", ctypes.c_uint64)]


def groups():
    text = subprocess.run(["systemd-analyze", "syscall-filter"], capture_output=True, text=True).stdout
    table, current = {}, None
    for line in text.splitlines():
        word = line.strip().split(" ")[0] if line.strip() else ""
        if not word or word.startswith("#"):
            continue
        if not line.startswith(" ") and word.startswith("@"):
            current = table.setdefault(word, [])
        elif current is not None:
            current.append(word)
    return table


def expand(table, name):
    names = set()
    for entry in table.get(name, []):
        names |= expand(table, entry) if entry.startswith("@") else {entry}
    return names


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    table = groups()
    allowed = expand(table, "@system-service")
    denied = expand(table, "@privileged") | expand(table, "@resources")
    lib = ctypes.CDLL("libseccomp.so.2", use_errno=True)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(ArgCmp)]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    context = lib.seccomp_init(SCMP_ACT_KILL_PROCESS)
    for name in sorted(allowed | denied):
        number = lib.seccomp_syscall_resolve_name(name.encode())
        if number < 0 or name == "socket":
            continue
        action = SCMP_ACT_ERRNO(errno.EPERM) if name in denied else SCMP_ACT_ALLOW
        if lib.seccomp_rule_add_array(context, action, number, 0, None) != 0:
            sys.exit("seccomp-exec: cannot add a rule for %s" % name)
    # socket(): AF_UNIX only.
    number = lib.seccomp_syscall_resolve_name(b"socket")
    unix_only = (ArgCmp * 1)(ArgCmp(0, SCMP_CMP_EQ, socket.AF_UNIX, 0))
    if lib.seccomp_rule_add_array(context, SCMP_ACT_ALLOW, number, 1, unix_only) != 0:
        sys.exit("seccomp-exec: cannot restrict socket()")
    if lib.seccomp_load(context) != 0:
        sys.exit("seccomp-exec: cannot load the filter (no_new_privs unset?)")
    os.execv(sys.argv[1], sys.argv[1:])


main()
