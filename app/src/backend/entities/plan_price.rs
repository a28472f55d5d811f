use sea_orm::entity::prelude::*;

/// A plan's price in one currency, in minor units.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_prices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub plan_id: String,
    /// ISO 4217 (`model::Currency`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub currency: String,
    pub monthly_minor: i64,
    pub api_overage_minor: i64,
    pub events_overage_minor: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
