package io.clearstone.domain.securitization;

/** How a period's principal is shared: SEQUENTIAL repays the most senior tranche first, PRO_RATA by balance. */
public enum PrincipalMode {
    SEQUENTIAL, PRO_RATA
}
