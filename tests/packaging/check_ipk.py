#!/usr/bin/env python3
"""Checks an OpenWrt .ipk the way opkg reads it, since Debian has no opkg.

    check_ipk.py [--arch OPKG_ARCH] [--elf-machine arm|aarch64|x86_64] [--static] [--max-binary-size BYTES]
                 FILE.ipk...
    check_ipk.py --self-test

What opkg (OpenWrt's opkg-lede) needs, and what OpenWrt's ipkg-build produces:
  outer     a gzip'd tar (not ar) of exactly ./debian-binary, ./data.tar.gz, ./control.tar.gz, in
            that order, regular files; debian-binary holds "2.0\\n"
  control   control.tar.gz: a gzip'd tar with ./control, optionally ./conffiles and the maintainer
            scripts (preinst, postinst, prerm, postrm: executable, with a #! line); nothing else
  fields    "Name: value" lines, continuation lines start with a space; no duplicates; Package,
            Version, Architecture, Maintainer, Section, Description, License present and well
            formed; Installed-Size, if given, a number; the file name is Package_Version_Arch.ipk
  data      data.tar.gz: a gzip'd tar whose names all start with "./", no absolute paths or "..",
            only directories, regular files and symlinks, owned by 0:0, directories 0755, files
            0644 or 0755, no set-id or world-writable bits, each parent directory listed before
            its entries; every conffile is a regular file in data; /etc/init.d scripts are
            executable procd scripts (#!/bin/sh /etc/rc.common, USE_PROCD=1)
  binary    /usr/bin/netjs: an ELF executable for --elf-machine; with --static, no ELF interpreter
            (OpenWrt has musl, not glibc: a dynamic glibc binary would not start); with
            --max-binary-size, no larger than that (flash is small: a guard against size regressions)
Exit status 0 when every file passes; the problems are listed otherwise.
"""
import argparse
import gzip
import io
import os
import re
import struct
import sys
import tarfile

OUTER_MEMBERS = ["./debian-binary", "./data.tar.gz", "./control.tar.gz"]
CONTROL_OPTIONAL = {"./conffiles", "./preinst", "./postinst", "./prerm", "./postrm"}
REQUIRED_FIELDS = ["Package", "Version", "Architecture", "Maintainer", "Section", "Description", "License"]
ELF_MACHINES = {"arm": 40, "aarch64": 183, "x86_64": 62, "mips": 8, "i386": 3}


class Problems:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, msg):
        self.items.append(msg)


def open_gzip_tar(data, what, problems):
    """A tar inside gzip, as opkg's gz reader expects (not bzip2/xz/zstd, not a bare tar)."""
    if data[:2] != b"\x1f\x8b":
        problems.add(f"{what}: not gzip-compressed (magic {data[:2].hex()})")
        return None
    try:
        raw = gzip.decompress(data)
    except (OSError, EOFError) as e:
        problems.add(f"{what}: broken gzip stream: {e}")
        return None
    try:
        return tarfile.open(fileobj=io.BytesIO(raw), mode="r:")
    except tarfile.TarError as e:
        problems.add(f"{what}: not a tar archive: {e}")
        return None


def parse_control(text, problems):
    fields = {}
    order = []
    current = None
    if not text.endswith("\n"):
        problems.add("control: does not end with a newline")
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if line == "":
            problems.add(f"control line {n}: empty line (opkg stops reading the paragraph there)")
            continue
        if line[0] in " \t":
            if current is None:
                problems.add(f"control line {n}: continuation line before any field")
            else:
                fields[current] += "\n" + line
            continue
        m = re.match(r"^([A-Za-z][A-Za-z0-9-]*): ?(.*)$", line)
        if not m:
            problems.add(f"control line {n}: not 'Field: value': {line!r}")
            continue
        current = m.group(1)
        if current in fields:
            problems.add(f"control: duplicate field {current}")
        fields[current] = m.group(2)
        order.append(current)
    return fields, order


def check_fields(fields, problems, path, arch):
    for f in REQUIRED_FIELDS:
        if not fields.get(f, "").strip():
            problems.add(f"control: required field {f} missing or empty")
    pkg = fields.get("Package", "")
    if pkg and not re.fullmatch(r"[a-z0-9][a-z0-9.+-]*", pkg):
        problems.add(f"control: bad Package name {pkg!r}")
    ver = fields.get("Version", "")
    if ver and not re.fullmatch(r"(\d+:)?[0-9][A-Za-z0-9.+~-]*", ver):
        problems.add(f"control: bad Version {ver!r}")
    a = fields.get("Architecture", "")
    if a and not re.fullmatch(r"[a-z0-9_.-]+", a):
        problems.add(f"control: bad Architecture {a!r}")
    if arch and a != arch:
        problems.add(f"control: Architecture {a!r}, expected {arch!r}")
    if "Maintainer" in fields and not re.search(r"<[^<>@\s]+@[^<>\s]+>", fields["Maintainer"]):
        problems.add(f"control: Maintainer without an <address>: {fields['Maintainer']!r}")
    if "Installed-Size" in fields and not fields["Installed-Size"].isdigit():
        problems.add(f"control: Installed-Size is not a number: {fields['Installed-Size']!r}")
    desc = fields.get("Description", "")
    if desc and desc.split("\n")[0].strip() == "":
        problems.add("control: Description has no summary line")
    base = os.path.basename(path)
    want = f"{pkg}_{ver}_{a}.ipk"
    if pkg and ver and a and base != want:
        problems.add(f"file name {base!r}, expected {want!r}")
    try:
        "\n".join(f"{k}: {v}" for k, v in fields.items()).encode("ascii")
    except UnicodeEncodeError:
        problems.add("control: non-ASCII characters")


def elf_info(data):
    """(class, machine, is_executable, has_interpreter) or None for a non-ELF file."""
    if data[:4] != b"\x7fELF":
        return None
    ei_class, ei_data = data[4], data[5]
    end = "<" if ei_data == 1 else ">"
    e_type, e_machine = struct.unpack_from(end + "HH", data, 16)
    if ei_class == 1:
        e_phoff, = struct.unpack_from(end + "I", data, 28)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 42)
    else:
        e_phoff, = struct.unpack_from(end + "Q", data, 32)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 54)
    interp = False
    for i in range(e_phnum):
        p_type, = struct.unpack_from(end + "I", data, e_phoff + i * e_phentsize)
        if p_type == 3:  # PT_INTERP
            interp = True
    return ei_class, e_machine, e_type in (2, 3), interp


def check_data(tar, problems, conffiles, elf_machine, static, max_binary_size=None):
    seen_dirs = {"."}
    files = {}
    for m in tar.getmembers():
        name = m.name
        where = f"data: {name}"
        if not (name == "." or name == "./" or name.startswith("./")):
            problems.add(f"{where}: name does not start with './' (opkg installs relative to /)")
        parts = [p for p in name.split("/") if p not in ("", ".")]
        if ".." in parts or name.startswith("/"):
            problems.add(f"{where}: absolute path or '..'")
        path = "/" + "/".join(parts)
        parent = "/".join(["."] + parts[:-1])
        if parts and parent not in seen_dirs:
            problems.add(f"{where}: parent directory {parent}/ not listed before it")
        if m.uid != 0 or m.gid != 0:
            problems.add(f"{where}: owner {m.uid}:{m.gid}, not 0:0")
        mode = m.mode & 0o7777
        if mode & 0o7000:
            problems.add(f"{where}: set-id/sticky bits {oct(mode)}")
        if mode & 0o002:
            problems.add(f"{where}: world-writable {oct(mode)}")
        if m.isdir():
            seen_dirs.add("/".join(["."] + parts))
            if mode != 0o755:
                problems.add(f"{where}: directory mode {oct(mode)}, expected 0755")
        elif m.isfile():
            if mode not in (0o644, 0o755):
                problems.add(f"{where}: file mode {oct(mode)}, expected 0644 or 0755")
            files[path] = (m, tar.extractfile(m).read())
        elif m.issym():
            pass  # symlinks are installed as they are
        else:
            problems.add(f"{where}: unsupported member type {m.type!r}")
    for c in conffiles:
        if c not in files:
            problems.add(f"conffile {c} is not a regular file in data.tar.gz")
        if not c.startswith("/etc/"):
            problems.add(f"conffile {c} is not under /etc")
    for path, (m, content) in files.items():
        if path.startswith("/etc/init.d/"):
            if m.mode & 0o777 != 0o755:
                problems.add(f"data: {path}: init script not executable ({oct(m.mode & 0o777)})")
            text = content.decode("utf-8", "replace")
            if not text.startswith("#!/bin/sh /etc/rc.common\n"):
                problems.add(f"data: {path}: does not start with '#!/bin/sh /etc/rc.common'")
            if not re.search(r"^USE_PROCD=1$", text, re.M):
                problems.add(f"data: {path}: not a procd script (USE_PROCD=1)")
            if not re.search(r"^START=\d+$", text, re.M):
                problems.add(f"data: {path}: no START= priority")
            if "start_service()" not in text:
                problems.add(f"data: {path}: no start_service()")
        if path.startswith("/usr/bin/") or path.startswith("/usr/sbin/"):
            if m.mode & 0o777 != 0o755:
                problems.add(f"data: {path}: program not executable ({oct(m.mode & 0o777)})")
    binary = files.get("/usr/bin/netjs")
    if binary is None:
        problems.add("data: /usr/bin/netjs missing")
    else:
        info = elf_info(binary[1])
        if info is None:
            problems.add("data: /usr/bin/netjs is not an ELF file")
        else:
            _, machine, executable, interp = info
            if not executable:
                problems.add("data: /usr/bin/netjs is not an ELF executable")
            if elf_machine and machine != ELF_MACHINES[elf_machine]:
                problems.add(f"data: /usr/bin/netjs: ELF machine {machine}, expected {elf_machine}")
            if static and interp:
                problems.add("data: /usr/bin/netjs is dynamically linked (has an ELF interpreter)")
        if max_binary_size is not None and len(binary[1]) > max_binary_size:
            problems.add(f"data: /usr/bin/netjs is {len(binary[1])} bytes, more than {max_binary_size}")
    return files


def check_ipk(path, arch=None, elf_machine=None, static=False, max_binary_size=None):
    problems = Problems(path)
    with open(path, "rb") as f:
        blob = f.read()
    if blob[:8] == b"!<arch>\n":
        problems.add("outer: an ar archive; OpenWrt's opkg reads a gzip'd tar")
        return problems
    outer = open_gzip_tar(blob, "outer", problems)
    if outer is None:
        return problems
    members = outer.getmembers()
    names = [m.name for m in members]
    if names != OUTER_MEMBERS:
        problems.add(f"outer: members {names}, expected {OUTER_MEMBERS} in this order")
    content = {}
    for m in members:
        if not m.isfile():
            problems.add(f"outer: {m.name} is not a regular file")
            continue
        if m.uid != 0 or m.gid != 0:
            problems.add(f"outer: {m.name} owned by {m.uid}:{m.gid}, not 0:0")
        content[m.name.lstrip("./")] = outer.extractfile(m).read()
    if content.get("debian-binary") not in (None, b"2.0\n"):
        problems.add(f"outer: debian-binary is {content['debian-binary']!r}, expected '2.0\\n'")
    fields, conffiles = {}, []
    if "control.tar.gz" in content:
        ctar = open_gzip_tar(content["control.tar.gz"], "control.tar.gz", problems)
        if ctar is not None:
            cmembers = {m.name: m for m in ctar.getmembers() if m.name not in (".", "./")}
            if "./control" not in cmembers:
                problems.add("control.tar.gz: no ./control")
            for name, m in cmembers.items():
                if name != "./control" and name not in CONTROL_OPTIONAL:
                    problems.add(f"control.tar.gz: unexpected member {name}")
                    continue
                if not m.isfile():
                    problems.add(f"control.tar.gz: {name} is not a regular file")
                    continue
                if m.uid != 0 or m.gid != 0:
                    problems.add(f"control.tar.gz: {name} owned by {m.uid}:{m.gid}")
                data = ctar.extractfile(m).read()
                if name in ("./preinst", "./postinst", "./prerm", "./postrm"):
                    if m.mode & 0o777 != 0o755:
                        problems.add(f"control.tar.gz: {name} mode {oct(m.mode & 0o777)}, expected 0755")
                    if not data.startswith(b"#!"):
                        problems.add(f"control.tar.gz: {name} has no #! line")
                elif m.mode & 0o777 != 0o644:
                    problems.add(f"control.tar.gz: {name} mode {oct(m.mode & 0o777)}, expected 0644")
                if name == "./control":
                    try:
                        fields, _ = parse_control(data.decode("utf-8"), problems)
                    except UnicodeDecodeError:
                        problems.add("control: not UTF-8")
                elif name == "./conffiles":
                    conffiles = [l for l in data.decode("utf-8", "replace").split("\n") if l.strip()]
            check_fields(fields, problems, path, arch)
    else:
        problems.add("outer: no control.tar.gz")
    if "data.tar.gz" in content:
        dtar = open_gzip_tar(content["data.tar.gz"], "data.tar.gz", problems)
        if dtar is not None:
            check_data(dtar, problems, conffiles, elf_machine, static, max_binary_size)
    else:
        problems.add("outer: no data.tar.gz")
    return problems


# --- self test: a good package passes, and each kind of breakage is caught ---------------------------
def _tar_gz(entries):
    """entries: list of (name, bytes or None for a directory, mode, uid)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
        for name, data, mode, uid in entries:
            info = tarfile.TarInfo(name)
            info.mode, info.uid, info.gid, info.mtime = mode, uid, uid, 0
            if data is None:
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return gzip.compress(buf.getvalue(), mtime=0)


def _fake_elf(machine=40, interp=False):
    # 32-bit little-endian ELF header + one program header (PT_INTERP or PT_LOAD).
    hdr = bytearray(52 + 32)
    hdr[:4] = b"\x7fELF"
    hdr[4], hdr[5], hdr[6] = 1, 1, 1
    struct.pack_into("<HHI", hdr, 16, 2, machine, 1)
    struct.pack_into("<I", hdr, 28, 52)
    struct.pack_into("<HH", hdr, 42, 32, 1)
    struct.pack_into("<I", hdr, 52, 3 if interp else 1)
    return bytes(hdr)


def _build(tmpdir, name="netjs_1.0_arm_test.ipk", **over):
    control = over.get("control", "Package: netjs\nVersion: 1.0\nArchitecture: arm_test\n"
                       "Maintainer: A <a@example.org>\nSection: net\nLicense: MIT\n"
                       "Description: test\n more\n")
    init = over.get("init", b"#!/bin/sh /etc/rc.common\nUSE_PROCD=1\nSTART=95\nstart_service() {\n:\n}\n")
    data = over.get("data", [
        ("./", None, 0o755, 0), ("./etc/", None, 0o755, 0), ("./etc/config/", None, 0o755, 0),
        ("./etc/config/netjs", b"config netjs main\n", 0o644, 0), ("./etc/init.d/", None, 0o755, 0),
        ("./etc/init.d/netjs", init, over.get("init_mode", 0o755), 0), ("./usr/", None, 0o755, 0),
        ("./usr/bin/", None, 0o755, 0),
        ("./usr/bin/netjs", over.get("elf", _fake_elf()), 0o755, over.get("uid", 0))])
    ctl = _tar_gz([("./control", control.encode(), 0o644, 0), ("./conffiles", b"/etc/config/netjs\n", 0o644, 0)]
                  + over.get("extra_control", []))
    members = over.get("outer", [("./debian-binary", over.get("debian_binary", b"2.0\n"), 0o644, 0),
                                 ("./data.tar.gz", _tar_gz(data), 0o644, 0), ("./control.tar.gz", ctl, 0o644, 0)])
    path = os.path.join(tmpdir, name)
    with open(path, "wb") as f:
        f.write(_tar_gz(members))
    return path


def self_test():
    import tempfile
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        good = check_ipk(_build(tmp), arch="arm_test", elf_machine="arm", static=True, max_binary_size=1 << 20)
        if good.items:
            print("self-test: the good package was rejected:", good.items)
            failures += 1
        cases = {
            "member order": dict(outer=None),
            "debian-binary": dict(debian_binary=b"2.1\n"),
            "missing field": dict(control="Package: netjs\nVersion: 1.0\nArchitecture: arm_test\n"
                                          "Maintainer: A <a@example.org>\nSection: net\nDescription: x\n"),
            "init script mode": dict(init_mode=0o644),
            "not procd": dict(init=b"#!/bin/sh\nstart() { :; }\n"),
            "owner": dict(uid=1000),
            "wrong machine": dict(elf=_fake_elf(machine=62)),
            "dynamic binary": dict(elf=_fake_elf(interp=True)),
            "unexpected control member": dict(extra_control=[("./junk", b"x", 0o644, 0)]),
            "file name": dict(name="netjs.ipk"),
        }
        for what, over in cases.items():
            if what == "member order":
                d = _tar_gz([("./x", b"", 0o644, 0)])
                over = dict(outer=[("./debian-binary", b"2.0\n", 0o644, 0), ("./control.tar.gz", d, 0o644, 0),
                                   ("./data.tar.gz", d, 0o644, 0)])
            path = _build(tmp, **over)
            if not check_ipk(path, arch="arm_test", elf_machine="arm", static=True).items:
                print(f"self-test: a package with a broken '{what}' passed")
                failures += 1
            os.remove(path)
        path = _build(tmp)
        if not check_ipk(path, arch="arm_test", elf_machine="arm", static=True, max_binary_size=16).items:
            print("self-test: a binary over --max-binary-size passed")
            failures += 1
    print("self-test:", "FAILED" if failures else "ok")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--arch", help="expected Architecture field")
    ap.add_argument("--elf-machine", choices=sorted(ELF_MACHINES), help="expected ELF machine of /usr/bin/netjs")
    ap.add_argument("--static", action="store_true", help="/usr/bin/netjs must be statically linked")
    ap.add_argument("--max-binary-size", type=int, metavar="BYTES", help="/usr/bin/netjs must be no larger")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.files:
        ap.error("no .ipk given")
    bad = 0
    for path in args.files:
        p = check_ipk(path, args.arch, args.elf_machine, args.static, args.max_binary_size)
        if p.items:
            bad += 1
            print(f"{path}: FAILED")
            for item in p.items:
                print(f"  {item}")
        else:
            print(f"{path}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
