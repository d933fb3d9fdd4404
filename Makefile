# The two commands of the README's quick start: `make demo` and `make test`.
.PHONY: demo test deps build

deps:
	@scripts/ensure-deps.sh

build: deps
	swift build --product durabletop

demo: build
	"$$(swift build --show-bin-path)/durabletop" --demo

test: deps
	scripts/test.sh
