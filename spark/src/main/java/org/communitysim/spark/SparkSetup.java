package org.communitysim.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.communitysim.scenario.file.InputException;

/**
 * How the job gets its Spark context: the master from {@code --master}, else from spark-submit (spark.master), else
 * {@code local[*]}; extra {@code --conf key=value} settings as spark-submit takes them.
 */
record SparkSetup(String master, List<String> confs) {

    SparkSetup {
        confs = List.copyOf(confs);
    }

    /** Checks the settings without starting anything. */
    void validate() throws InputException {
        for (String c : confs) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--conf " + c + ": expected key=value, e.g. --conf spark.executor.memory=2g");
            }
        }
        if (master != null && master.isBlank()) {
            throw new InputException("--master: expected a Spark master URL (local[*], spark://host:7077, yarn, k8s://…)");
        }
    }

    JavaSparkContext start(String appName) throws InputException {
        validate();
        SparkConf conf = new SparkConf(); // picks up spark.* system properties set by spark-submit
        if (!conf.contains("spark.app.name")) {
            conf.setAppName(appName);
        }
        for (String c : confs) {
            int eq = c.indexOf('=');
            conf.set(c.substring(0, eq), c.substring(eq + 1));
        }
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return new JavaSparkContext(conf);
    }
}
