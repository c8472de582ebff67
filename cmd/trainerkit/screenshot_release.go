//go:build release

package main

import "fmt"

// parseScreenshot: a release build carries no test driver, so it cannot
// draw screenshots; the command stays in the help, which is the same in
// every build, and says how to get one.
func parseScreenshot([]string) action {
	return func(data) int {
		fmt.Fprintln(stderr, "trainerkit screenshot: this build of the kit draws no screenshots (a release build); run go run ./cmd/trainerkit screenshot … from the source")
		return 1
	}
}
