-- The asset column "haircut" always held the share of the market value counted as collateral (BTC 0.90 counts 90%),
-- the opposite of what a haircut is (the share not counted), which instrument haircuts already mean. The values
-- stay as they are; the column is named for what it holds. Its check constraint follows the column on both H2 and
-- PostgreSQL (where it keeps its generated name, asset_haircut_check).
alter table asset rename column haircut to collateral_weight;
