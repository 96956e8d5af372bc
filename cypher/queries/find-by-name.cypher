// @title Find nodes by name
// @description Full-text search over every name (English, Arabic, Turkish, aliases), best matches first. Use a plain word; for accent- and hamza-insensitive search use the search box (/api/search), which folds the query first.
// @param q:string=gendarmerie
// @param limit:int=10
CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
RETURN node.name AS name, node.nameAr AS nameAr, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score, node
ORDER BY score DESC
LIMIT $limit
