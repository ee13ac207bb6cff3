#!/usr/bin/env bash
# Install civiclex under PREFIX (default /usr/local):
#   PREFIX/bin/civiclex                                  release build
#   PREFIX/share/civiclex/rules/kz                       the bundled rule set (with amendments/, lang/)
#   PREFIX/share/civiclex/rules/lang                     report message catalogues (--lang)
#   PREFIX/share/civiclex/schema/{case,rules}.schema.json JSON Schemas for editors
#   PREFIX/share/bash-completion/completions/civiclex     bash completion
#   PREFIX/share/zsh/site-functions/_civiclex             zsh completion
#   PREFIX/share/fish/vendor_completions.d/civiclex.fish  fish completion
#   PREFIX/share/man/man1/civiclex.1                      man page (swift-argument-parser's generate-manual)
# The installed binary finds its rules at ../share/civiclex/rules/kz, so the clone may be deleted.
set -euo pipefail

usage() { echo "usage: bash scripts/install.sh [PREFIX]   (default /usr/local)"; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac
[ $# -le 1 ] || { usage >&2; exit 64; }

prefix="${1:-/usr/local}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"

echo "building civiclex (release)…"
swift build -c release --product civiclex
bin_dir="$(swift build -c release --show-bin-path)"

install -d "$prefix/bin" "$prefix/share/civiclex/rules" "$prefix/share/civiclex/schema" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
install -m 755 "$bin_dir/civiclex" "$prefix/bin/civiclex"

# Replace the rule set as a whole so files removed upstream do not linger.
rm -rf "$prefix/share/civiclex/rules/kz"
cp -R Rules/kz "$prefix/share/civiclex/rules/kz"
rm -rf "$prefix/share/civiclex/rules/lang"
cp -R Rules/lang "$prefix/share/civiclex/rules/lang"

installed="$prefix/bin/civiclex"
# Everything below comes from the installed binary and rules, so it matches what is installed.
env -u CIVICLEX_RULES "$installed" check >/dev/null
env -u CIVICLEX_RULES "$installed" schema case > "$prefix/share/civiclex/schema/case.schema.json"
env -u CIVICLEX_RULES "$installed" schema rules > "$prefix/share/civiclex/schema/rules.schema.json"
"$installed" --generate-completion-script bash > "$prefix/share/bash-completion/completions/civiclex"
"$installed" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_civiclex"
"$installed" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/civiclex.fish"

echo "generating the man page…"
swift build -c release --product generate-manual
"$bin_dir/generate-manual" "$installed" --output-directory "$prefix/share/man/man1"

echo "installed: $installed"
env -u CIVICLEX_RULES "$installed" --version
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH, e.g.: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
