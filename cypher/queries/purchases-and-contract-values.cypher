// @title Purchases and contract values
// @description Weapon systems bought, by whom, for how much, and under which contract; only contracts worth at least minValue (in their currency).
// @param minValue:float=0
// @title:ar المشتريات وقيم العقود
// @description:ar منظومات الأسلحة المشتراة، ومن اشتراها، وبكم، وبموجب أي عقد؛ فقط العقود التي تبلغ قيمتها الحد الأدنى على الأقل (بعملتها).
// @param:ar minValue أدنى قيمة
MATCH (buyer:Entity)-[p:PURCHASED]->(product:Product)
WHERE coalesce(p.value, 0) >= $minValue
OPTIONAL MATCH (contract:Agreement {id: p.contract})
RETURN buyer.name AS buyerName, product.name AS productName, p.value AS value, p.currency AS currency, p.year AS year,
       contract.name AS contractName, p.quoteEn AS quoteEn, buyer, p, product, contract
ORDER BY value DESC
