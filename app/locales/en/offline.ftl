### The offline layer: connection, kept data, drafts, conflicts, install.

offline-state-online = Online
offline-state-offline = Offline
offline-state-unreachable = Server unreachable
offline-back-online = Back online
offline-showing-kept = Offline: showing data from { $time }.
offline-kept-back-online = Back online. This page still shows data from { $time }.
offline-refresh = Refresh
offline-save-note = You are offline; your changes are kept here.
offline-draft-offer = Unsaved changes from { $time }:
offline-restore = Restore
offline-discard = Discard
offline-conflict-title = Someone else changed this meanwhile
offline-conflict-text = These fields differ between the saved version and yours. Choose for each, then save.
offline-conflict-theirs = Theirs: { $value }
offline-conflict-yours = Yours: { $value }
offline-conflict-use = Use these choices
offline-install = Install app
