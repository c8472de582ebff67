//go:build ignore

// keylatency times keys in a real window: it sends a key with xdotool and
// polls Xvfb's frame buffer (Xvfb -fbdir DIR keeps the screen in
// DIR/Xvfb_screen0, an XWD file) until enough pixels of a region changed.
// A poll reads the region from the file: well under a millisecond, so the
// time is the window's, not the polling's.
//
//	go run scripts/keylatency.go -fb /tmp/fb/Xvfb_screen0 -region 0,120,800,880 -key m -n 30
//
// prints each key's time and the median, mean and max. DISPLAY must be the
// Xvfb's; the window must have the keys.
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	fb := flag.String("fb", "", "Xvfb's frame buffer file (Xvfb -fbdir DIR: DIR/Xvfb_screen0)")
	region := flag.String("region", "0,0,800,600", "x,y,w,h watched")
	key := flag.String("key", "m", "xdotool key name")
	n := flag.Int("n", 20, "keys")
	gap := flag.Duration("gap", 600*time.Millisecond, "pause between keys")
	min := flag.Int("pixels", 60, "changed pixels that count as the key shown (the caret's blink changes fewer)")
	flag.Parse()
	var r [4]int
	for i, s := range strings.Split(*region, ",") {
		r[i], _ = strconv.Atoi(s)
	}
	f, err := os.Open(*fb)
	if err != nil {
		log.Fatal(err)
	}
	grab := reader(f, r)
	var times []time.Duration
	for i := 0; i < *n; i++ {
		time.Sleep(*gap)
		before := grab()
		start := time.Now()
		if err := exec.Command("xdotool", "key", *key).Start(); err != nil {
			log.Fatal(err)
		}
		for {
			if diff(before, grab()) >= *min {
				break
			}
			if time.Since(start) > 5*time.Second {
				log.Fatal("no change in 5 s")
			}
			time.Sleep(200 * time.Microsecond)
		}
		d := time.Since(start)
		times = append(times, d)
		fmt.Printf("key %d: %.1f ms\n", i+1, ms(d))
	}
	slices.Sort(times)
	var sum time.Duration
	for _, d := range times {
		sum += d
	}
	fmt.Printf("n=%d median %.1f ms, mean %.1f ms, max %.1f ms\n", len(times), ms(times[len(times)/2]), ms(sum/time.Duration(len(times))), ms(times[len(times)-1]))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// reader reads region r (x, y, w, h) of the XWD file f, 32 bits a pixel.
func reader(f *os.File, r [4]int) func() []byte {
	head := make([]byte, 100)
	if _, err := f.ReadAt(head, 0); err != nil {
		log.Fatal(err)
	}
	field := func(i int) int { return int(binary.BigEndian.Uint32(head[4*i:])) }
	if bpp := field(11); bpp != 32 {
		log.Fatalf("%d bits a pixel, want 32", bpp)
	}
	data, line := int64(field(0)+field(19)*12), field(12)
	return func() []byte {
		out := make([]byte, r[2]*r[3]*4)
		for y := 0; y < r[3]; y++ {
			if _, err := f.ReadAt(out[y*r[2]*4:(y+1)*r[2]*4], data+int64((r[1]+y)*line+r[0]*4)); err != nil {
				log.Fatal(err)
			}
		}
		return out
	}
}

// diff counts the pixels that differ.
func diff(a, b []byte) int {
	n := 0
	for i := 0; i+3 < len(a); i += 4 {
		if a[i] != b[i] || a[i+1] != b[i+1] || a[i+2] != b[i+2] {
			n++
		}
	}
	return n
}
