mod seller_page;
mod sellers_page;

pub use seller_page::SellerPage;
pub use sellers_page::SellersPage;
