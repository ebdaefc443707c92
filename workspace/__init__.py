"""The EST workspace: schema, creation, upgrade and the measures register."""
