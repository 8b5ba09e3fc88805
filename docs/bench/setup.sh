#!/usr/bin/env bash
# Prepares a server with no demo market for the deposit benchmark: lists USDC and opens N accounts for alice.
# Prints the account ids, one per line (deposit.lua reads them from accounts.txt).
set -euo pipefail
base=${BASE:-http://127.0.0.1:8080}
n=${ACCOUNTS:-16}
curl -sf -u admin:demo -H 'Content-Type: application/json' -X POST "$base/api/v1/assets" \
  -d '{"symbol":"USDC","decimals":6,"kind":"STABLECOIN","collateral":true,"collateralWeight":0.98,"oracleSymbol":"USDC-USD"}' >/dev/null || true
for _ in $(seq 1 "$n"); do
  curl -sf -u alice:demo -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$(date +%s%N)" \
    -X POST "$base/api/v1/accounts" -d '{}' \
    | sed -E 's/.*"id":([0-9]+).*/\1/'; echo
done
