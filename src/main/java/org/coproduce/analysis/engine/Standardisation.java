package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Each dimension's mean and 1 / deviation over training rows: what the dense heads apply to a vector first. */
record Standardisation(float[] mean, float[] scale) {

    static Standardisation of(float[][] x) {
        int n = x.length, d = x[0].length;
        float[] mean = new float[d], scale = new float[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                double c = row[j] - mean[j];
                scale[j] += (float) (c * c / n);
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (float) (1 / Math.sqrt(scale[j] + 1e-8));
        }
        return new Standardisation(mean, scale);
    }

    double[] apply(float[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) * scale[j];
        }
        return z;
    }

    int dimensions() {
        return mean.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(mean.length);
        for (int j = 0; j < mean.length; j++) {
            out.writeFloat(mean[j]);
            out.writeFloat(scale[j]);
        }
    }

    static Standardisation read(DataInputStream in) throws IOException {
        int d = in.readInt();
        float[] mean = new float[d], scale = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = in.readFloat();
            scale[j] = in.readFloat();
        }
        return new Standardisation(mean, scale);
    }
}
