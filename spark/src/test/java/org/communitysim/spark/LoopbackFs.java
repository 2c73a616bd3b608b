package org.communitysim.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code loopback:///path}): a Hadoop file system that is not a
 * {@link org.apache.hadoop.fs.LocalFileSystem}, so the job treats it as it treats hdfs:// or s3a:// — files staged
 * on the driver and copied up, part files read back through the FileSystem API — while the test can read the
 * results from disk.
 */
public class LoopbackFs extends RawLocalFileSystem {
    static final URI NAME = URI.create("loopback:///");

    @Override
    public URI getUri() {
        return NAME;
    }

    @Override
    public String getScheme() {
        return "loopback";
    }
}
