package io.clearstone.web.live;

/** The network connection under one subscriber's event stream. */
interface Connection {

    /**
     * Closes the connection at once, whatever is still queued for it: never waits on the client. The write side
     * fails, which releases anything waiting on it (a flush, a graceful close of the stream).
     */
    void abort();
}
