package io.clearstone.domain.asset;

import io.clearstone.domain.shared.InvalidRequestException;

/** A request names an asset that is not listed. */
public class UnknownAssetException extends InvalidRequestException {

    public UnknownAssetException(String symbol, String field) {
        super("asset/unknown", "Unknown asset", field, "asset " + symbol + " is not listed");
    }
}
