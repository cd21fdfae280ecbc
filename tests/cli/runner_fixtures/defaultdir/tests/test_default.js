// Found when `netjs test` runs without paths in defaultdir/.
