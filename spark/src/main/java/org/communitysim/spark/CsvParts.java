package org.communitysim.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordWriter;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.hadoop.util.Progressable;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Saves an RDD of CSV lines as part files named {@code part-00000.csv} ({@code part-00000.csv.gz} compressed)
 * instead of saveAsTextFile's bare {@code part-00000}, so tools that go by the extension (pandas, DuckDB, a file
 * manager) know what the files hold. Same committer, same _SUCCESS marker, same lines.
 */
final class CsvParts {
    private CsvParts() {
    }

    /** Writes the lines under {@code uri}, one part file per partition, gzip-compressed when {@code gzip}. */
    static void save(JavaRDD<String> lines, String uri, boolean gzip) {
        var pairs = lines.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l)));
        Class<? extends CompressionCodec> codec = gzip ? GzipCodec.class : null;
        if (codec != null) {
            pairs.saveAsHadoopFile(uri, NullWritable.class, Text.class, Format.class, codec);
        } else {
            pairs.saveAsHadoopFile(uri, NullWritable.class, Text.class, Format.class);
        }
    }

    /** Hadoop's text output (a line per record, a null key writes the value alone) with ".csv" in the name. */
    public static final class Format extends TextOutputFormat<NullWritable, Text> {
        @Override
        public RecordWriter<NullWritable, Text> getRecordWriter(FileSystem ignored, JobConf job, String name,
                Progressable progress) throws IOException {
            return super.getRecordWriter(ignored, job, name + ".csv", progress);
        }
    }
}
