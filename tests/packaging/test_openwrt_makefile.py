#!/usr/bin/env python3
"""Checks packaging/openwrt/Makefile, the OpenWrt feed package, without the OpenWrt SDK.

GNU make parses the Makefile against a stub OpenWrt tree (rules.mk, package.mk, cmake.mk) whose
BuildPackage reports what the real one would read: the PKG_* variables, Package/netjs, the extra
downloads, CMAKE_OPTIONS, the include order. The stub then runs the Makefile's own recipes:
Build/Prepare unpacks stand-in Duktape and CLI11 tarballs (made from the Debian packages the normal
build uses) and Package/netjs/install fills a package root, which must hold the binary and the
very init script and UCI config the static .ipk ships. Last, CMake configures the project with the
Makefile's CMAKE_OPTIONS as cmake.mk passes them (prefix /usr), and must use every option.

  test_openwrt_makefile.py REPO            check REPO/packaging/openwrt/Makefile
  test_openwrt_makefile.py --self-test REPO  each of a list of faults put into a copy must fail
"""
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile

RULES_MK = r"""
INCLUDE_DIR:=$(TOPDIR)/include
BUILD_DIR:=$(TOPDIR)/build_dir
DL_DIR:=$(TOPDIR)/dl
TAR:=tar
INSTALL_DIR:=install -d -m0755
INSTALL_BIN:=install -m0755
INSTALL_DATA:=install -m0644
INSTALL_CONF:=install -m0600
CP:=cp -fpR
CHECK_ORDER+=rules.mk
"""

PACKAGE_MK = r"""
CHECK_ORDER+=package.mk
# What package.mk sees: a PKG_* variable set later is one the real package.mk never reads.
CHECK_PKG_AT_PACKAGE_MK:=$(foreach v,$(sort $(filter PKG_%,$(.VARIABLES))),$(v)=$($(v))|)
PKG_BUILD_DIR?=$(BUILD_DIR)/$(PKG_NAME)-$(PKG_VERSION)
PKG_INSTALL_DIR?=$(PKG_BUILD_DIR)/ipkg-install
define Build/Prepare/Default
	mkdir -p $(PKG_BUILD_DIR)
endef
# Download/NAME sets URL, FILE and HASH: keep them as CHECK_DL_NAME.
define Download
$(eval URL:=)$(eval FILE:=)$(eval HASH:=)$(eval $(Download/$(1)))
CHECK_DOWNLOADS+=$(1)
CHECK_DL_$(1):=$(URL)|$(FILE)|$(HASH)
endef
define BuildPackage
CHECK_ORDER+=BuildPackage($(1))
CHECK_PKG:=$(1)
$(eval $(Package/$(1)))
endef
CHECK_VARS=CHECK_ORDER CHECK_PKG CHECK_PKG_AT_PACKAGE_MK CHECK_DOWNLOADS \
  $(foreach d,$(CHECK_DOWNLOADS),CHECK_DL_$(d)) $(sort $(filter PKG_%,$(.VARIABLES))) \
  CMAKE_OPTIONS CMAKE_BINARY_SUBDIR SECTION CATEGORY TITLE URL DEPENDS
check-info:
	$(foreach v,$(CHECK_VARS),$(info VAR $(v)=$(strip $($(v)))))
	$(info BEGIN conffiles)$(info $(Package/$(CHECK_PKG)/conffiles))$(info END conffiles)
	$(info BEGIN description)$(info $(Package/$(CHECK_PKG)/description))$(info END description)
check-prepare:
	$(Build/Prepare)
check-install:
	$(call Package/$(CHECK_PKG)/install,$(CHECK_ROOT))
.PHONY: check-info check-prepare check-install
"""

CMAKE_MK = r"""
CHECK_ORDER+=cmake.mk
"""

PLACEHOLDER_HOST = "example.invalid"
REQUIRED = ["PKG_NAME", "PKG_VERSION", "PKG_RELEASE", "PKG_SOURCE_PROTO", "PKG_SOURCE_URL",
            "PKG_SOURCE_VERSION", "PKG_MIRROR_HASH", "PKG_MAINTAINER", "PKG_LICENSE",
            "PKG_LICENSE_FILES"]
# define blocks whose lines are shell commands: make needs each to start with a tab.
RECIPE_DEFINE = re.compile(r"^(Build/\w+|Package/[^/]+/(install|preinst|postinst|prerm|postrm))$")


class Failed(Exception):
    pass


def project_version(repo):
    text = open(os.path.join(repo, "CMakeLists.txt")).read()
    m = re.search(r"project\(netjs\s+VERSION\s+([0-9.]+)", text)
    if not m:
        raise Failed("no project(netjs VERSION ...) in CMakeLists.txt")
    return m.group(1)


def check_text(makefile):
    """Layout make or the feed's conventions need that parsing alone does not show."""
    errors = []
    lines = open(makefile).read().split("\n")
    code = [(i + 1, l) for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith("#")]
    if not code or code[0][1].strip() != "include $(TOPDIR)/rules.mk":
        errors.append("the first statement is not `include $(TOPDIR)/rules.mk`")
    if not code or code[-1][1].strip() != "$(eval $(call BuildPackage,netjs))":
        errors.append("the last statement is not `$(eval $(call BuildPackage,netjs))`")
    block = None
    for n, line in enumerate(lines, 1):
        m = re.match(r"^define\s+(\S+)\s*$", line)
        if m:
            block = m.group(1)
            continue
        if line.strip() == "endef":
            block = None
            continue
        if block and RECIPE_DEFINE.match(block) and line.strip() and not line.startswith("\t"):
            errors.append("line %d (in %s): a recipe line must start with a tab" % (n, block))
    return errors


def make_stub_tree(top):
    os.makedirs(os.path.join(top, "include"))
    for name, text in (("rules.mk", RULES_MK), ("include/package.mk", PACKAGE_MK),
                       ("include/cmake.mk", CMAKE_MK)):
        with open(os.path.join(top, name), "w") as f:
            f.write(text)


def run_make(pkgdir, top, target, *extra):
    cmd = ["make", "--no-print-directory", "-C", pkgdir, "-f", "Makefile", "TOPDIR=" + top,
           target] + list(extra)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        raise Failed("make %s failed:\n%s" % (target, p.stdout))
    return p.stdout


def parse_info(out):
    var, blocks, current = {}, {}, None
    for line in out.split("\n"):
        if current is not None:
            if line == "END " + current:
                current = None
            else:
                blocks[current].append(line)
        elif line.startswith("VAR "):
            k, _, v = line[4:].partition("=")
            var[k] = v
        elif line.startswith("BEGIN "):
            current = line[6:]
            blocks[current] = []
    return var, {k: [l.strip() for l in v if l.strip()] for k, v in blocks.items()}


def cmake_options(var):
    opts = {}
    for word in var.get("CMAKE_OPTIONS", "").split():
        m = re.match(r"^-D([A-Za-z0-9_]+)(?::\w+)?=(.*)$", word)
        if m:
            opts[m.group(1)] = m.group(2)
    return opts


def make_stand_in_tarballs(dl, var):
    """Duktape's and CLI11's release tarballs, rebuilt from Debian's duktape-dev and libcli11-dev
    (same files, same layout: duktape-V/src/duktape.c, CLI11-V/include/CLI/CLI.hpp)."""
    os.makedirs(dl)
    for name, src, layout in (("duktape", "/usr/share/duktape", "duktape-%s/src"),
                              ("cli11", "/usr/include/CLI", "CLI11-%s/include/CLI")):
        fields = var.get("CHECK_DL_" + name, "").split("|")
        if len(fields) != 3:
            raise Failed("no Download/%s" % name)
        m = re.search(r"(\d+\.\d+\.\d+)", fields[1])
        if not m or not os.path.isdir(src):
            raise Failed("Download/%s: no version in FILE %r, or no %s" % (name, fields[1], src))
        mode = "w:xz" if fields[1].endswith(".xz") else "w:gz"
        with tarfile.open(os.path.join(dl, fields[1]), mode) as t:
            t.add(src, arcname=layout % m.group(1))


def check_values(repo, pkgdir, var, blocks):
    errors = []
    for k in REQUIRED:
        if not var.get(k):
            errors.append("%s is missing or empty" % k)
    if var.get("PKG_NAME") != "netjs" or var.get("CHECK_PKG") != "netjs":
        errors.append("PKG_NAME / BuildPackage is not netjs")
    if var.get("PKG_VERSION") != project_version(repo):
        errors.append("PKG_VERSION %r is not the project version %r (CMakeLists.txt)"
                      % (var.get("PKG_VERSION"), project_version(repo)))
    if not re.fullmatch(r"[1-9][0-9]*", var.get("PKG_RELEASE", "")):
        errors.append("PKG_RELEASE %r is not a positive number" % var.get("PKG_RELEASE"))
    if var.get("PKG_SOURCE_PROTO") != "git":
        errors.append("PKG_SOURCE_PROTO is not git")
    placeholder = PLACEHOLDER_HOST in var.get("PKG_SOURCE_URL", "")
    mirror = var.get("PKG_MIRROR_HASH", "")
    if not re.fullmatch(r"[0-9a-f]{64}", mirror) and not (placeholder and mirror == "skip"):
        errors.append("PKG_MIRROR_HASH %r: a real source URL needs the tarball's SHA-256 "
                      "(`skip` only with the placeholder URL)" % mirror)
    if var.get("PKG_HASH"):
        errors.append("PKG_HASH is set: a git source has PKG_MIRROR_HASH")
    for f in var.get("PKG_LICENSE_FILES", "").split():
        if not os.path.isfile(os.path.join(repo, f)):
            errors.append("PKG_LICENSE_FILES: %s is not in the source tree" % f)
    order = var.get("CHECK_ORDER", "").split()
    if order != ["rules.mk", "package.mk", "cmake.mk", "BuildPackage(netjs)"]:
        errors.append("include order %s: want rules.mk, package.mk, cmake.mk, BuildPackage" % order)
    seen = dict(kv.strip().split("=", 1) for kv in var.get("CHECK_PKG_AT_PACKAGE_MK", "").split("|")
                if "=" in kv)
    for k, v in var.items():
        if k.startswith("PKG_") and k not in ("PKG_BUILD_DIR", "PKG_INSTALL_DIR") \
                and k not in seen:
            errors.append("%s is set after `include $(INCLUDE_DIR)/package.mk`, which never sees it" % k)
    if var.get("SECTION") != "net" or var.get("CATEGORY") != "Network":
        errors.append("Package/netjs: SECTION/CATEGORY %r/%r, want net/Network"
                      % (var.get("SECTION"), var.get("CATEGORY")))
    for k in ("TITLE", "URL"):
        if not var.get(k):
            errors.append("Package/netjs: %s is empty" % k)
    deps = var.get("DEPENDS", "").split()
    for d in ("+libuv", "+libstdcpp"):
        if d not in deps:
            errors.append("Package/netjs: DEPENDS %s lacks %s" % (deps, d))
    if not blocks.get("description"):
        errors.append("Package/netjs/description is empty")
    if "/etc/config/netjs" not in blocks.get("conffiles", []):
        errors.append("Package/netjs/conffiles does not list /etc/config/netjs")
    for name in var.get("CHECK_DOWNLOADS", "").split():
        url, file_, hash_ = (var.get("CHECK_DL_" + name, "") + "||").split("|")[:3]
        if not url.startswith("https://") or not file_ or not re.fullmatch(r"[0-9a-f]{64}", hash_):
            errors.append("Download/%s: needs an https URL, a FILE and a SHA-256 HASH (got %r %r %r)"
                          % (name, url, file_, hash_))
    opts = cmake_options(var)
    for k, want in (("NETJS_BUILD_TESTS", "OFF"),):
        if opts.get(k) != want:
            errors.append("CMAKE_OPTIONS: -D%s=%s missing" % (k, want))
    if not var.get("CMAKE_BINARY_SUBDIR"):
        errors.append("CMAKE_BINARY_SUBDIR is empty: the CMake build would be in the source tree")
    return errors


def check_recipes(repo, pkgdir, top, var):
    """Runs Build/Prepare and Package/netjs/install; returns the package root."""
    errors = []
    dl = os.path.join(top, "dl")
    make_stand_in_tarballs(dl, var)
    run_make(pkgdir, top, "check-prepare")
    opts = cmake_options(var)
    duk = opts.get("DUK_SRC_DIR", "")
    if not os.path.isfile(os.path.join(duk, "duktape.c")):
        errors.append("after Build/Prepare, DUK_SRC_DIR %r holds no duktape.c" % duk)
    cli = opts.get("NETJS_CLI11_INCLUDE_DIR", "")
    if not os.path.isfile(os.path.join(cli, "CLI", "CLI.hpp")):
        errors.append("after Build/Prepare, NETJS_CLI11_INCLUDE_DIR %r holds no CLI/CLI.hpp" % cli)
    # A stand-in for the CMake install tree, as `cmake --install` lays it out with prefix /usr.
    inst = var["PKG_INSTALL_DIR"]
    os.makedirs(os.path.join(inst, "usr/bin"), exist_ok=True)
    with open(os.path.join(inst, "usr/bin/netjs"), "w") as f:
        f.write("#!/bin/sh\n")
    root = os.path.join(top, "root")
    run_make(pkgdir, top, "check-install", "CHECK_ROOT=" + root)
    shipped = {"usr/bin/netjs": (0o755, None),
               "etc/init.d/netjs": (0o755, os.path.join(repo, "packaging/openwrt/netjs.init")),
               "etc/config/netjs": (None, os.path.join(repo, "packaging/openwrt/netjs.config"))}
    for rel, (mode, same_as) in shipped.items():
        path = os.path.join(root, rel)
        if not os.path.isfile(path):
            errors.append("Package/netjs/install does not install /%s" % rel)
            continue
        if mode is not None and stat.S_IMODE(os.stat(path).st_mode) != mode:
            errors.append("/%s has mode %o, want %o" % (rel, stat.S_IMODE(os.stat(path).st_mode), mode))
        if same_as and open(path, "rb").read() != open(same_as, "rb").read():
            errors.append("/%s is not %s" % (rel, os.path.relpath(same_as, repo)))
    for dirpath, _, files in os.walk(root):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), root)
            if rel not in shipped:
                errors.append("Package/netjs/install installs /%s, which the test does not know" % rel)
    return errors


def check_cmake(repo, top, var):
    """cmake.mk's configure step, reduced to what matters here: the options, prefix /usr, a
    separate build directory. CMake must accept and use every option the Makefile passes."""
    build = os.path.join(top, "cmake-build")
    cmd = ["cmake", "-S", repo, "-B", build, "-DCMAKE_BUILD_TYPE=Release",
           "-DCMAKE_INSTALL_PREFIX=/usr"] + var.get("CMAKE_OPTIONS", "").split()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        return ["cmake with the Makefile's CMAKE_OPTIONS failed:\n" + p.stdout[-3000:]]
    if "Manually-specified variables were not used" in p.stdout:
        return ["cmake ignores some of the Makefile's CMAKE_OPTIONS:\n" + p.stdout[-2000:]]
    cache = open(os.path.join(build, "CMakeCache.txt")).read()
    if re.search(r"^NETJS_BUILD_TESTS:BOOL=ON", cache, re.M) or os.path.isdir(os.path.join(build, "tests")):
        return ["the CMake build registers the tests although NETJS_BUILD_TESTS=OFF"]
    return []


def check(repo, pkgdir, with_cmake=True):
    errors = check_text(os.path.join(pkgdir, "Makefile"))
    top = tempfile.mkdtemp(prefix="netjs-owrt-")
    try:
        make_stub_tree(top)
        var, blocks = parse_info(run_make(pkgdir, top, "check-info"))
        errors += check_values(repo, pkgdir, var, blocks)
        if not errors:
            errors += check_recipes(repo, pkgdir, top, var)
        if not errors and with_cmake:
            errors += check_cmake(repo, top, var)
    except Failed as e:
        errors.append(str(e))
    finally:
        shutil.rmtree(top)
    return errors


# Faults the check must catch: (what, old text, new text) applied to a copy of the Makefile.
FAULTS = [
    ("no +libuv", "+libuv ", ""),
    ("no +libstdcpp", " +libstdcpp", ""),
    ("cmake.mk before package.mk", "include $(INCLUDE_DIR)/package.mk\ninclude $(INCLUDE_DIR)/cmake.mk",
     "include $(INCLUDE_DIR)/cmake.mk\ninclude $(INCLUDE_DIR)/package.mk"),
    ("version out of step", "PKG_VERSION:=", "PKG_VERSION:=9"),
    ("empty license", "PKG_LICENSE:=", "PKG_LICENSE:=\nX:="),
    ("spaces for a tab", "\t$(INSTALL_BIN) ./netjs.init", "        $(INSTALL_BIN) ./netjs.init"),
    ("no BuildPackage", "$(eval $(call BuildPackage,netjs))", ""),
    ("missing init script", "./netjs.init", "./files/netjs.init"),
    ("config not installed", "\t$(INSTALL_CONF) ./netjs.config $(1)/etc/config/netjs\n", ""),
    ("no conffiles", "/etc/config/netjs\nendef", "endef"),
    ("misspelt CMake option", "-DNETJS_SYSTEM_SPDLOG=ON", "-DNETJS_SYSTEM_SPDLG=ON"),
    ("tests left on", "-DNETJS_BUILD_TESTS=OFF", "-DNETJS_BUILD_TESTS=ON"),
    ("CLI11 unpacked elsewhere", "$(TAR) -C $(NETJS_DEPS_DIR) -xzf", "$(TAR) -C $(PKG_BUILD_DIR) -xzf"),
    ("download without hash", "HASH:=90f8", "HASH:=skip\nX:=90f8"),
    ("real URL, hash skipped", "https://example.invalid/netjs.git", "https://example.org/netjs.git"),
    ("variable after package.mk", "PKG_BUILD_DEPENDS:=spdlog\n", ""),
]


def self_test(repo):
    failures = 0
    src = os.path.join(repo, "packaging/openwrt")
    original = open(os.path.join(src, "Makefile")).read()
    for what, old, new in FAULTS:
        if old not in original:
            print("FAIL self-test %r: %r not in the Makefile" % (what, old))
            failures += 1
            continue
        text = original.replace(old, new, 1)
        if what == "variable after package.mk":
            text = text.replace("include $(INCLUDE_DIR)/cmake.mk\n",
                                "include $(INCLUDE_DIR)/cmake.mk\nPKG_BUILD_DEPENDS:=spdlog\n", 1)
        tmp = tempfile.mkdtemp(prefix="netjs-owrt-fault-")
        try:
            pkgdir = os.path.join(tmp, "netjs")
            shutil.copytree(src, pkgdir)
            with open(os.path.join(pkgdir, "Makefile"), "w") as f:
                f.write(text)
            errors = check(repo, pkgdir, with_cmake=what in ("misspelt CMake option", "tests left on"))
        finally:
            shutil.rmtree(tmp)
        if errors:
            print("ok   self-test %r caught: %s" % (what, errors[0].split("\n")[0]))
        else:
            print("FAIL self-test %r: not caught" % what)
            failures += 1
    return failures


def main():
    args = sys.argv[1:]
    if args[:1] == ["--self-test"] and len(args) == 2:
        sys.exit(1 if self_test(os.path.abspath(args[1])) else 0)
    if len(args) != 1:
        sys.exit(__doc__)
    repo = os.path.abspath(args[0])
    errors = check(repo, os.path.join(repo, "packaging/openwrt"))
    for e in errors:
        print("FAIL", e)
    if not errors:
        print("ok   packaging/openwrt/Makefile: parsed with stub OpenWrt includes, prepared, "
              "installed, CMake options accepted")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
