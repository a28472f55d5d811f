### Groups: the list, the new-group wizard and a group's page.

### groups_page.rs
groups-title = Groups
groups-subtitle = Named sets of module access. A member gets their role's access plus that of all their groups.
groups-new = New group
groups-created = Group created.
groups-loading = Loading groups…
groups-group = Group
groups-default = Default
groups-modules-of = { $count } of { $total }

### group_wizard.rs
groups-steps = Steps
groups-step = { $number }. { $name }
groups-overview = Overview
groups-create = Create group

### group_fields.rs
groups-name = Group name
groups-description = Description
groups-module-access = Module access
groups-no-access = No access
groups-members = Members
groups-find-people = Find people
groups-selected-count = { $count } selected
groups-modules = Modules
groups-overview-module = { $module } ({ $level })
groups-overview-level-view = view
groups-overview-level-edit = edit

### group_buyers.rs
groups-buyers = Buyers
groups-buyers-hint = Which of the account's buyers the members of this group see, with their licensees. A member sees the buyers of all their groups together.
groups-admins-all-buyers = The Administrators group always covers all buyers.
groups-all-buyers = All buyers
groups-selected-buyers = Selected buyers
groups-selected-buyers-none = Selected buyers (none chosen yet)
groups-choose-buyers = Choose buyers
groups-loading-buyers = Loading buyers…
groups-no-buyers = This account has no buyers yet.

### group_edit.rs
groups-buyers-line-all = Buyers: All
groups-buyers-line = Buyers: { $names }
groups-saved = Group saved.
groups-loading-group = Loading group…
groups-not-found = This group does not exist (any more).
groups-updated = Updated { $date }
groups-updated-by = Updated { $date } by { $name }
groups-default-locked = The default group always grants every module and covers all buyers; only its description and members can change.
groups-delete = Delete group
groups-save = Save group
groups-delete-title = Delete the group?
groups-delete-text = Only a group without members can be deleted. This cannot be undone.
groups-empty = No groups yet.
groups-search-placeholder = Name, description or id
