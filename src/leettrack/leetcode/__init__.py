"""LeetCode: the GraphQL client, its routes and the bundled catalog."""
