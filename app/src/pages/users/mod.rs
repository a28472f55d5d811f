mod edit_member_dialog;
mod group_checkboxes;
mod invite_dialog;
mod member_page;
mod reset_two_step;
mod user_filters;
mod users_bulk;
mod users_page;
mod users_table;

pub use member_page::MemberPage;
pub use users_page::UsersPage;
