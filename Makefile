# The Trainer Kit's everyday commands. `make test` is what CI runs.
GO       ?= go
GOBIN    := $(shell $(GO) env GOPATH)/bin
# Modules whose content is complete; the whole 1-20 once the content issues land.
MODULES  ?= 1-20
# The release version, from FyneApp.toml; the fyne tool that packages it.
VERSION  ?= $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
FYNE     ?= $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
# What ships is built with the release tag: it leaves out the screenshot
# command and with it Fyne's test driver (cmd/trainerkit/screenshot.go).
RELEASE  := -tags release -trimpath

.PHONY: run build test vet staticcheck fmt-check validate generate bench screenshots package

run:
	$(GO) run ./cmd/trainerkit

build:
	$(GO) build $(RELEASE) -ldflags "-s -w" -o trainerkit ./cmd/trainerkit

test: fmt-check vet staticcheck
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
