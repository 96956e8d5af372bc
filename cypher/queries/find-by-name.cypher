// @title Find nodes by name
// @description Full-text search over every name (English, Arabic, Turkish, aliases), best matches first. The words are searched as typed: quotes, brackets and AND/OR are plain characters here. For accent- and hamza-insensitive search use the search box (/api/search), which folds the query first.
// @param q:string=gendarmerie
// @param limit:int=10
// @title:ar البحث عن عُقد بالاسم
// @description:ar بحث في كل الأسماء (العربية والإنجليزية والتركية والأسماء البديلة)، الأفضل تطابقاً أولاً. تُبحث الكلمات كما كُتبت. للبحث الذي يتجاهل التشكيل والهمزات استخدم مربع البحث.
// @param:ar q النص
// @param:ar limit الحد الأقصى
// Every character with a meaning in Lucene's syntax is escaped (the backslash first), and lower-casing
// (the index's analyzer lower-cases too) keeps AND, OR and NOT from being read as operators.
WITH toLower(reduce(s = $q, c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/'] | replace(s, c, '\\' + c))) AS words
WHERE trim(words) <> ''
CALL db.index.fulltext.queryNodes('entityNames', words) YIELD node, score
RETURN node.name AS name, node.nameAr AS nameAr, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score, node
ORDER BY score DESC
LIMIT $limit
