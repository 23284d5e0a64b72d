package io.proofline.storage;

import java.io.FileNotFoundException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Stands in when no import bucket is configured: every S3 import is refused. */
@DefaultBean
@ApplicationScoped
public class UnconfiguredImportBucket implements ImportBucket {

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public InputStream open(String key) throws FileNotFoundException {
        throw new FileNotFoundException("No import bucket is configured");
    }
}
