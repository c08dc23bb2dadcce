"""业扩项目: the team's Gantt of in-progress connection projects, project detail, stock screening, rule tables."""
