mod buyer_edit;
mod buyer_logo;
mod buyer_page;
mod buyer_status;
mod buyers_page;

pub use buyer_edit::BuyerEditForm;
pub use buyer_logo::BuyerLogoCard;
pub use buyer_page::BuyerPage;
pub use buyer_status::{BuyerDisabledNotice, BuyerStatusAction};
pub use buyers_page::BuyersPage;
