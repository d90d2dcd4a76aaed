// create -> poll -> download with openapi-generator's `go` client (package vimmerse).
// Built by polyglot/run.py as cmd/e2e inside the generated module: standard library only.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	vimmerse "github.com/vimmerse/vimmerse-go"
	"github.com/vimmerse/vimmerse-go/vimmersewire"
)

// dropKeyOffOrigin is an http.Client CheckRedirect: net/http copies every header of the first
// request to a redirect (it drops only Authorization/Cookie, and only for another domain), so
// X-Api-Key would reach the file host downloadMedia redirects to. Delete it when the host changes.
func dropKeyOffOrigin(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return fmt.Errorf("stopped after 10 redirects")
	}
	if req.URL.Host != via[0].URL.Host || req.URL.Scheme != via[0].URL.Scheme {
		req.Header.Del("X-Api-Key")
		req.Header.Del("Authorization")
		req.Header.Del("Cookie")
	}
	return nil
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

func main() {
	cfg := vimmerse.NewConfiguration()
	cfg.Servers = vimmerse.ServerConfigurations{{URL: os.Getenv("VIMMERSE_BASE_URL")}}
	cfg.HTTPClient = &http.Client{CheckRedirect: dropKeyOffOrigin, Timeout: 60 * time.Second}
	if os.Getenv("POLYGLOT_WIRE_ADAPTER") != "" {
		// Answers as the service writes them ("nsfw": "0") read into the generated structs.
		cfg.HTTPClient.Transport = vimmersewire.Transport(nil)
	}
	client := vimmerse.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), vimmerse.ContextAPIKeys, map[string]vimmerse.APIKey{
		"ApiKeyHeader": {Key: os.Getenv("VIMMERSE_API_KEY")},
	})

	// multipart/form-data: files are *os.File (the part's file name is the file's base name).
	image, err := os.Open(os.Getenv("POLYGLOT_IMAGE"))
	if err != nil {
		fail("open image: %v", err)
	}
	defer image.Close()
	created, _, err := client.MediaAPI.CreateMedia(ctx).
		Prompt("A cat surfing a wave").Duration(1).ImageFiles([]*os.File{image}).Execute()
	if err != nil {
		fail("createMedia: %v", err)
	}
	id := created.Data.Id
	fmt.Printf("created %s: %s\n", id, created.Data.ProcessingStatus)

	deadline := time.Now().Add(60 * time.Second)
	for {
		status, _, err := client.MediaAPI.GetMediaProcessingStatus(ctx, id).Execute()
		if err != nil {
			fail("getMediaProcessingStatus: %v", err)
		}
		s := status.Data.ProcessingStatus
		if s == vimmerse.MEDIAPROCESSINGSTATUS_SUCCESS {
			break
		}
		if s == vimmerse.MEDIAPROCESSINGSTATUS_FAIL || s == vimmerse.MEDIAPROCESSINGSTATUS_CANCEL {
			fail("job ended with %s", s)
		}
		if time.Now().After(deadline) {
			fail("timed out waiting")
		}
		time.Sleep(100 * time.Millisecond)
	}
	fmt.Println("status: success")

	// The generated client reads the body and returns it as a temporary *os.File.
	file, _, err := client.MediaAPI.DownloadMedia(ctx, id).Execute()
	if err != nil {
		fail("downloadMedia: %v", err)
	}
	defer os.Remove(file.Name())
	defer file.Close()
	out, err := os.Create(os.Getenv("POLYGLOT_OUT"))
	if err != nil {
		fail("create output: %v", err)
	}
	if _, err := io.Copy(out, file); err != nil {
		fail("write output: %v", err)
	}
	if err := out.Close(); err != nil {
		fail("close output: %v", err)
	}
	fmt.Printf("downloaded %s\n", out.Name())
}
