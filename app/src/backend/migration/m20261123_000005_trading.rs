//! Buyers, sellers and licensees, the links between them, and the buyers scope of groups.
//!
//! Sellers belong to the Operations account and are linked to client accounts
//! (`seller_accounts`) and to buyers (`buyer_sellers`). A licensee belongs to exactly one
//! buyer and one seller of that buyer, both fixed once it exists.

use super::schema::{big, col, index, key, long_text, table, text, text_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000005_trading"
    }
}

fn address() -> Vec<ColumnDef> {
    vec![
        text_null("address_line1"),
        text_null("address_line2"),
        text_null("city"),
        text_null("region"),
        text_null("postcode"),
        text_null("country"),
    ]
}

fn contact() -> Vec<ColumnDef> {
    vec![
        text_null("contact_first_name"),
        text_null("contact_last_name"),
        text_null("contact_email"),
        text_null("contact_phone"),
    ]
}

fn tracked() -> Vec<ColumnDef> {
    vec![
        big("revision"),
        big("created_at"),
        text_null("created_by"),
        big("updated_at"),
        text_null("updated_by"),
    ]
}

fn link(name: &str, a: &str, b: &str) -> TableCreateStatement {
    Table::create()
        .table(Alias::new(name))
        .if_not_exists()
        .col(col(a).string().not_null())
        .col(col(b).string().not_null())
        .col(col("created_at").big_integer().not_null())
        .primary_key(Index::create().col(Alias::new(a)).col(Alias::new(b)))
        .to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut buyers = vec![
            key("id"),
            text("account_id"),
            text("name"),
            // Lower-cased name: the sort and search key of the list.
            text("sort_name"),
            text("tax_number"),
            col("logo").blob().null().to_owned(),
            text_null("logo_type"),
        ];
        buyers.extend(address());
        buyers.extend(contact());
        // Enabled, Active or Disabled; who disabled it decides who may enable it again.
        buyers.push(text("status"));
        buyers.push(text_null("disabled_by"));
        buyers.extend(tracked());
        manager.create_table(table("buyers", buyers)).await?;

        let mut sellers = vec![
            key("id"),
            // The Operations account the seller belongs to.
            text("account_id"),
            text("name"),
            text("sort_name"),
        ];
        sellers.extend(address());
        // JSON array of ISO 4217 codes.
        sellers.push(long_text("currencies"));
        // Active, Offline or Disabled.
        sellers.push(text("status"));
        sellers.extend(tracked());
        manager.create_table(table("sellers", sellers)).await?;

        let mut licensees = vec![
            key("id"),
            text("account_id"),
            text("buyer_id"),
            text("seller_id"),
            text("name"),
            text("sort_name"),
            col("logo").blob().null().to_owned(),
            text_null("logo_type"),
            col("resale").boolean().not_null().to_owned(),
            text("external_ref"),
            long_text("description"),
            // The buyer's address (kept in step) or its own.
            col("uses_buyer_address").boolean().not_null().to_owned(),
        ];
        licensees.extend(address());
        licensees.extend(contact());
        // New, Active or Disabled.
        licensees.push(text("status"));
        licensees.extend(tracked());
        manager.create_table(table("licensees", licensees)).await?;

        manager
            .create_table(link("seller_accounts", "seller_id", "account_id"))
            .await?;
        manager
            .create_table(link("buyer_sellers", "buyer_id", "seller_id"))
            .await?;
        manager
            .create_table(link("group_buyers", "group_id", "buyer_id"))
            .await?;
        for (name, tbl, cols) in [
            (
                "ix_buyers_name",
                "buyers",
                &["account_id", "sort_name", "id"][..],
            ),
            ("ix_sellers_name", "sellers", &["sort_name", "id"][..]),
            (
                "ix_licensees_name",
                "licensees",
                &["account_id", "sort_name", "id"][..],
            ),
            (
                "ix_licensees_buyer",
                "licensees",
                &["account_id", "buyer_id", "sort_name"][..],
            ),
            (
                "ix_seller_accounts_account",
                "seller_accounts",
                &["account_id"][..],
            ),
            (
                "ix_buyer_sellers_seller",
                "buyer_sellers",
                &["seller_id"][..],
            ),
            ("ix_group_buyers_buyer", "group_buyers", &["buyer_id"][..]),
        ] {
            manager.create_index(index(name, tbl, cols, false)).await?;
        }
        // "all" (every buyer of the account) or "selected" (those in group_buyers).
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("groups"))
                    .add_column(
                        col("buyers_scope")
                            .string()
                            .not_null()
                            .default("all")
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
