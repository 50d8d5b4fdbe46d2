// 内置场景的简体中文标题与说明，以及方案分组名（键为 scenarios/ 下的相对路径或文件夹）。
// English titles and descriptions stay in the scenario files themselves (`name`, `description`).

/** Chinese title and description of each built-in scenario file. */
export const scenarioTextZh: Record<string, { title: string; description: string }> = {
  'default.yaml': { title: '默认店铺', description: '一家中型线上服装店，为期一年：三个 SKU、四个营销渠道、(s,S) 补货，以及日发 2,000 单的仓库。' },
  '000-clothing/baseline.yaml': { title: '000 服装 — 基准（营销占销售额 8 %、(s,S)、现有产能）', description: '某服装品牌的网店：基础款按 (s,S) 补货，夏季系列一次性采购，营销费用定为预期销售额的 8 %，仓库在忙碌日难以兑现 48 小时承诺。' },
  '000-clothing/capacity-added.yaml': { title: '000 服装 — 为 48 小时承诺增加仓库产能', description: '产能提高一半（1.5 倍）。检验准时送达率能多接近 98 %，以及代价是多少。' },
  '000-clothing/dynamic-pricing.yaml': { title: '000 服装 — 按库存覆盖天数动态定价', description: '开启按库存覆盖定价的规则。检验它对毛利、售罄率和库存的影响。' },
  '000-clothing/forecast-replenishment.yaml': { title: '000 服装 — 预测驱动补货（目标库存天数 25–30）', description: '可补货 SKU 每周检查一次，按交货期加检查周期内需求预测的分位数订货至目标水平。检验库存天数能否降到方案的 25–30 天而不损害满足率。' },
  '000-clothing/life-cycle.yaml': { title: '000 服装 — 六阶段生命周期（第 6 个月降价，第 9 个月下架）', description: '夏季系列在第 3 个月加推促销，第 6 个月降价 30 %（而非一直按标价），第 9 个月下架。检验季末库存、库存天数和让出的毛利。' },
  '000-clothing/marketing-12pct.yaml': { title: '000 服装 — 营销费用占销售额 12 %', description: '增加营销预算；检验多出的 4 个百分点能否在渠道饱和的情况下收回成本。' },
  '000-clothing/marketing-5pct.yaml': { title: '000 服装 — 营销费用占销售额 5 %', description: '减少营销预算；检验方案中的 8 % 相比 5 % 在订单、GMV 和利润上多买到了什么。' },
  '001-omnichannel/baseline.yaml': { title: '001 全渠道 — 基准（库存未同步、无门店自提、统一运费）', description: '一家拥有十二家门店和一家网店的零售商，为期两年。线上订单依赖网站看不准的库存，部分订单超卖，最终取消或退货。备选方案包括库存同步、门店自提、59 元包邮门槛，以及整体项目分期或一次性付款。' },
  '001-omnichannel/bopis.yaml': { title: '001 全渠道 — 库存同步 + 门店自提', description: '15 % 的订单改为线上下单、门店自提。检验物流成本和配送。' },
  '001-omnichannel/free-shipping-59.yaml': { title: '001 全渠道 — 满 59 元包邮', description: '不足 59 元的顾客付运费或凑单。检验客单价、订单量和每单物流成本。' },
  '001-omnichannel/integrated-all-at-once.yaml': { title: '001 全渠道 — 一体化，项目一次性付款', description: '所有杠杆全开，20.8 万元的项目在第 0 天一次付清。与分期付款方案对比现金和回本期。' },
  '001-omnichannel/integrated-phased.yaml': { title: '001 全渠道 — 一体化，项目分三期付款', description: '同一项目在第 0 天付 30 %、第 180 天付 30 %、第 365 天付 40 %。两份文件的杠杆都从第 0 天开启（模式无法在运行中途开启），因此只体现分期对现金的影响。' },
  '001-omnichannel/stock-sync.yaml': { title: '001 全渠道 — 库存同步', description: '门店与线上库存同步，费用由项目中的平台部分承担。检验它消除的超卖和退货。' },
  '002-ecommerce-ops/baseline.yaml': { title: '002 电商运营 — 基准（方案的流量结构，转化率 2.8 %）', description: '一家第一年的综合网店：自然搜索约占访问的 40 %，付费搜索回报不低于 4，短视频社交流量，以及小规模 CRM。转化率从方案的 2.8 % 起步，客单价 120 元。' },
  '002-ecommerce-ops/conversion-optimised.yaml': { title: '002 电商运营 — 优化详情页与结算流程', description: '更好的详情页（信任标识）和更简单的结算。检验方案中的杠杆能把转化率向其引用的 3.6 % 推进多少。' },
  '002-ecommerce-ops/crm-private-domain.yaml': { title: '002 电商运营 — CRM 与私域项目', description: 'CRM 预算增至三倍，CRM 触达使复购访问提高 30 %（002 §2.3）。检验 CRM 提高复购的说法及其成本。' },
  '002-ecommerce-ops/over-promotion.yaml': { title: '002 电商运营 — 过度促销（每月大幅打折）', description: '在基准的两个促销周之外，每月前七天再打七折。检验频繁的大幅折扣是否以牺牲日后的转化和留存换取短期订单。' },
  '002-ecommerce-ops/traffic-rebalance.yaml': { title: '002 电商运营 — 流量向自然搜索和社交倾斜', description: '内容营销提高自然访问；付费搜索预算削减三分之一，转投短视频社交。检验同样的钱能否以更低的获客成本买到更多订单。' },
  '003-double11/baseline.yaml': { title: '003 双十一 — 基准（方案：预热、预售、阶梯券 + 秒杀，40/25/15/10/10）', description: '预热期内容种草与预售，高峰周阶梯优惠券，11 月 11 日秒杀，以及返场。用户金字塔为 60/30/10。技术预算把网站容量升级到峰值负载之上，物流补贴为高峰增加仓库产能。' },
  '003-double11/budget-marketing-heavy.yaml': { title: '003 双十一 — 预算 55/15/10/10/10（重营销）', description: '把 15 个百分点的预算从技术和物流转到营销。检验额外的流量能否抵消不再购买的产能。' },
  '003-double11/logistics-contingency.yaml': { title: '003 双十一 — 物流中断与应急预案', description: '与物流中断场景相同的中断，由方案中的多渠道配送预案应对。' },
  '003-double11/logistics-disruption.yaml': { title: '003 双十一 — 高峰期物流中断', description: '从 11 月 10 日起，承运商和仓库四天内损失一半产能。检验对准时送达、投诉和流失的冲击。' },
  '003-double11/no-capacity-upgrade.yaml': { title: '003 双十一 — 不升级产能（现有 400 万对 580 万峰值负载）', description: '技术和物流预算不投入：高峰日网站过载，仓库按日常产能运转。检验升级在订单和准时送达上带来了什么。' },
  '003-double11/spend-save.yaml': { title: '003 双十一 — 以满减代替阶梯券和秒杀', description: '同一活动，以"每满 300 减 50"代替阶梯优惠券和 11 月 11 日秒杀。' },
};

/** Chinese names of the plan folders under scenarios/. */
export const scenarioGroupZh: Record<string, string> = {
  '000-clothing': '000 服装电商运营方案',
  '001-omnichannel': '001 2026 全渠道零售方案',
  '002-ecommerce-ops': '002 电商运营方案',
  '003-double11': '003 淘宝双十一活动方案',
};
