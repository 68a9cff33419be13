// Command trivy-db writes a small, real Trivy cache from YAML advisory fixtures, the way
// Trivy's own integration tests make theirs (internal/dbtest and integration's initDB):
// the bolt fixtures loader fills db/trivy.db, trivy-db's metadata client writes
// db/metadata.json, and an empty Java DB (java-db/) keeps Trivy from downloading one when
// an image holds jars. Trivy then runs with --skip-db-update, or downloads the packed DB
// from a loopback registry.
//
// Usage: trivy-db -cache-dir DIR [-archive FILE] FIXTURE.yaml...
package main

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	fixtures "github.com/aquasecurity/bolt-fixtures"
	trivydb "github.com/aquasecurity/trivy-db/pkg/db"
	"github.com/aquasecurity/trivy-db/pkg/metadata"
	javadb "github.com/aquasecurity/trivy-java-db/pkg/db"
	// The SQL driver the Java DB is written with, as Trivy's javadb package registers it.
	_ "modernc.org/sqlite"
)

// How long the DB counts as fresh: Trivy's published DB is rebuilt every 6 h and
// promises 24 h (NextUpdate); a test run never needs more.
const freshFor = 24 * time.Hour

func main() {
	cacheDir := flag.String("cache-dir", "", "Trivy cache directory to write (db/ and java-db/)")
	archive := flag.String("archive", "", "also write db/trivy.db and db/metadata.json as a .tar.gz (the layer of the DB artifact Trivy downloads)")
	flag.Parse()
	if *cacheDir == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: trivy-db -cache-dir DIR [-archive FILE] FIXTURE.yaml...")
		os.Exit(2)
	}
	if err := build(*cacheDir, *archive, flag.Args(), time.Now().UTC()); err != nil {
		fmt.Fprintf(os.Stderr, "trivy-db: %v\n", err)
		os.Exit(1)
	}
}

func build(cacheDir, archive string, fixtureFiles []string, now time.Time) error {
	// Where Trivy looks (trivy/pkg/db.Dir): <cache>/db.
	dbDir := filepath.Join(cacheDir, "db")
	// A DB left by an earlier run would keep advisories the fixtures no longer hold.
	if err := os.RemoveAll(dbDir); err != nil {
		return err
	}
	if err := os.MkdirAll(dbDir, 0o700); err != nil {
		return err
	}
	loader, err := fixtures.New(trivydb.Path(dbDir), fixtureFiles)
	if err != nil {
		return fmt.Errorf("opening %s: %w", trivydb.Path(dbDir), err)
	}
	if err := errors.Join(loader.Load(), loader.Close()); err != nil {
		return fmt.Errorf("loading the fixtures: %w", err)
	}
	meta := metadata.Metadata{
		Version:      trivydb.SchemaVersion,
		NextUpdate:   now.Add(freshFor),
		UpdatedAt:    now,
		DownloadedAt: now,
	}
	if err := metadata.NewClient(dbDir).Update(meta); err != nil {
		return fmt.Errorf("writing the DB metadata: %w", err)
	}
	if err := emptyJavaDB(filepath.Join(cacheDir, "java-db"), now); err != nil {
		return fmt.Errorf("writing the Java DB: %w", err)
	}
	if archive != "" {
		return pack(archive, dbDir, []string{"trivy.db", "metadata.json"})
	}
	return nil
}

// emptyJavaDB is what Trivy's dbtest.InitJavaDB makes: the schema and fresh metadata, no rows.
// Jars are then identified by their own pom.properties/MANIFEST only, never by SHA-1 lookup.
func emptyJavaDB(dir string, now time.Time) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	db, err := javadb.New(dir)
	if err != nil {
		return err
	}
	if err := errors.Join(db.Init(), db.Close()); err != nil {
		return err
	}
	meta := javadb.NewMetadata(dir)
	return meta.Update(javadb.Metadata{
		Version:    javadb.SchemaVersion,
		NextUpdate: now.Add(freshFor),
		UpdatedAt:  now,
	})
}

// pack writes the named files of dir as a gzip tar, as they sit in the published DB artifact.
func pack(archive, dir string, names []string) (err error) {
	out, err := os.Create(archive)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, out.Close()) }()
	gz := gzip.NewWriter(out)
	tw := tar.NewWriter(gz)
	for _, name := range names {
		if err := addFile(tw, filepath.Join(dir, name), name); err != nil {
			return err
		}
	}
	return errors.Join(tw.Close(), gz.Close())
}

func addFile(tw *tar.Writer, path, name string) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return err
	}
	header, err := tar.FileInfoHeader(info, "")
	if err != nil {
		return err
	}
	header.Name = name
	if err := tw.WriteHeader(header); err != nil {
		return err
	}
	_, err = io.Copy(tw, file)
	return err
}
