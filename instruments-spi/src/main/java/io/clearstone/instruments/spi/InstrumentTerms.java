package io.clearstone.instruments.spi;

/**
 * An instrument's immutable terms, as its plugin defines them (typically a record). The platform stores them only in
 * their encoded form, with the type id and terms version.
 */
public interface InstrumentTerms {
}
