# The Trainer Kit's everyday commands. `make test` is what CI runs.
GO       ?= go
GOBIN    := $(shell $(GO) env GOPATH)/bin
# Modules whose content is complete; the whole 1-20 once the content issues land.
MODULES  ?= 1-20
# The release version, from FyneApp.toml; the fyne tool that packages it.
VERSION  ?= $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
FYNE     ?= $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
# The window is built with two of Fyne's tags (docs/PERFORMANCE.md, issue 21):
# no_emoji leaves out its bundled colour emoji font, which Fyne loads again
# for each text style it draws (about 40 MB after start; emoji are drawn with the
# system's emoji font); no_animations keeps the text cursor steady (its
# endless fading repainted the window, a quarter of a core while the trainer
# reads what they typed) and drops the buttons' ripple and the tabs' sliding
# underline. What ships is also built with the release tag: it leaves out
# the screenshot command and with it Fyne's test driver
# (cmd/trainerkit/screenshot.go).
APPTAGS  := no_emoji,no_animations
RELEASE  := -tags release,$(APPTAGS) -trimpath

# The packages that build without cgo, checked for the other systems in `make test`.
NOCGO_PKGS := ./course/... ./storage ./locales ./assets

.PHONY: run build test vet staticcheck fmt-check validate generate bench screenshots package \
	cross-check windows package-windows windows-wine-test package-darwin

run:
	$(GO) run -tags $(APPTAGS) ./cmd/trainerkit

build:
	$(GO) build $(RELEASE) -ldflags "-s -w" -o trainerkit ./cmd/trainerkit

test: fmt-check vet staticcheck cross-check
	$(GO) test ./...
	$(GO) run ./cmd/trainerkit validate --modules $(MODULES)

fmt-check:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	$(GO) vet -tags release ./cmd/...

staticcheck:
	$(GOBIN)/staticcheck ./...
	$(GOBIN)/staticcheck -tags release ./cmd/... ./ui/...

# What can be checked here of the macOS and Windows builds: go vet and go
# build of every package that needs no cgo (Fyne's window does: ui and cmd
# are built for Windows by `make windows`, for macOS by the release workflow).
# One architecture each, the one the release ships first: what differs is the
# system (file locks, paths, errors), not the processor.
cross-check:
	@for target in darwin/arm64 windows/amd64; do \
		os=$${target%/*}; arch=$${target#*/}; \
		echo "GOOS=$$os GOARCH=$$arch CGO_ENABLED=0: go vet, go build $(NOCGO_PKGS)"; \
		GOOS=$$os GOARCH=$$arch CGO_ENABLED=0 $(GO) vet $(NOCGO_PKGS) || exit 1; \
		GOOS=$$os GOARCH=$$arch CGO_ENABLED=0 $(GO) build $(NOCGO_PKGS) || exit 1; \
	done

validate:
	$(GO) run ./cmd/trainerkit validate --dir assets/course

# The binary embeds assets/course.zip and assets/fonts.zip, made from the
# folders: run after editing course content (a test fails until you do).
generate:
	$(GO) generate ./assets

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The README's pictures, drawn with Fyne's software renderer (a development
# build: the release one has no screenshot command).
screenshots:
	$(GO) run ./cmd/trainerkit screenshot --out docs/screenshots/module01-theory-fr.png --module 1 --lang fr --ui-lang fr
	$(GO) run ./cmd/trainerkit screenshot --out docs/screenshots/module01-toolbox-en.png --module 1 --part toolbox --lang en --ui-lang en
	$(GO) run ./cmd/trainerkit screenshot --out docs/screenshots/module01-guide-it-dark.png --module 1 --part guide --lang it --ui-lang it --theme dark
	$(GO) run ./cmd/trainerkit screenshot --out docs/screenshots/module01-case-es.png --module 1 --part case --lang es --ui-lang es

# The installable Linux archive, trainerkit-VERSION-linux-ARCH.tar.xz: the stripped binary, a
# .desktop file, the icon and a Makefile (`sudo make install` in the unpacked folder), with the
# metadata of FyneApp.toml. fyne package runs in a staging folder outside the tree: it wants Go
# code in its source folder and bumps the Build number of the FyneApp.toml it reads.
package:
	@set -e; stage=$$(mktemp -d); trap 'rm -rf "$$stage"' EXIT; \
	out=trainerkit-$(VERSION)-linux-$$($(GO) env GOARCH).tar.xz; \
	$(GO) build $(RELEASE) -ldflags "-s -w -X main.version=$(VERSION)" -o "$$stage/bin/trainerkit" ./cmd/trainerkit; \
	mkdir -p "$$stage/src/assets"; cp FyneApp.toml "$$stage/src/"; cp assets/icon.png "$$stage/src/assets/"; \
	echo 'package main' > "$$stage/src/main.go"; \
	(cd "$$stage/src" && $(FYNE) package -os linux --exe "$$stage/bin/trainerkit"); \
	mv "$$stage/src/"*.tar.xz "$$out"; \
	tar -tvJf "$$out"; ls -l "$$out"

# dist/windows/trainerkit.exe, cross-built with mingw-w64 (see the script).
windows:
	GO="$(GO)" VERSION="$(VERSION)" scripts/build-windows.sh

# trainerkit-VERSION-windows-amd64-setup.exe (NSIS) and -portable.zip.
package-windows: windows
	GO="$(GO)" VERSION="$(VERSION)" scripts/package-windows.sh

# The Windows build under Wine: command line, window, installer (about 2 min).
windows-wine-test: package-windows
	GO="$(GO)" scripts/windows-wine-test.sh

# On a Mac (Xcode command line tools): trainerkit-VERSION-macos-universal.dmg,
# the "Social Tech Trainer Kit.app" bundle (fyne package -os darwin:
# Info.plist from FyneApp.toml, the icon as .icns) around one program for
# Apple silicon and Intel (lipo), and a link to /Applications to drag it
# onto. The release workflow runs it on GitHub's macOS runner.
package-darwin:
	@set -e; stage=$$(mktemp -d); trap 'rm -rf "$$stage"' EXIT; \
	out=trainerkit-$(VERSION)-macos-universal.dmg; \
	for arch in arm64 amd64; do \
		CGO_ENABLED=1 GOARCH=$$arch $(GO) build -tags release,$(APPTAGS) -trimpath -ldflags "-s -w -X main.version=$(VERSION)" \
			-o "$$stage/bin/trainerkit-$$arch" ./cmd/trainerkit; \
	done; \
	lipo -create -output "$$stage/bin/trainerkit" "$$stage/bin/trainerkit-arm64" "$$stage/bin/trainerkit-amd64"; \
	mkdir -p "$$stage/src/assets" "$$stage/dmg"; cp FyneApp.toml "$$stage/src/"; cp assets/icon.png "$$stage/src/assets/"; \
	echo 'package main' > "$$stage/src/main.go"; \
	(cd "$$stage/src" && $(FYNE) package -os darwin --exe "$$stage/bin/trainerkit"); \
	mv "$$stage/src/"*.app "$$stage/dmg/"; ln -s /Applications "$$stage/dmg/Applications"; \
	rm -f "$$out"; \
	hdiutil create -volname "Social Tech Trainer Kit $(VERSION)" -srcfolder "$$stage/dmg" -fs HFS+ -format UDZO "$$out"; \
	ls -l "$$out"
