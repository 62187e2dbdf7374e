import { ean13 } from '../../../shared/catalog/ean13.ts';

/**
 * The demo shop a newcomer sees on first start: a small German corner shop (EUR, prices including VAT,
 * 7 % on food and 19 % on drinks and household goods). Barcodes use the GS1 in-store prefix 20, so they can
 * never collide with a real product's code.
 */
export const demoTaxRates = [
  { id: 'reduced', name: 'VAT 7 %', rateBp: 700 },
  { id: 'standard', name: 'VAT 19 %', rateBp: 1900 },
] as const;

export const demoCategories = [
  { id: 'bakery', name: 'Bakery', color: '#d9a441' },
  { id: 'dairy', name: 'Dairy', color: '#5b8def' },
  { id: 'fruit', name: 'Fruit & Veg', color: '#4caf50' },
  { id: 'drinks', name: 'Drinks', color: '#e0533d' },
  { id: 'snacks', name: 'Snacks', color: '#a05cd6' },
  { id: 'household', name: 'Household', color: '#607d8b' },
] as const;

type CategoryId = (typeof demoCategories)[number]['id'];
type TaxId = (typeof demoTaxRates)[number]['id'];

const items: [name: string, category: CategoryId, priceCents: number, tax: TaxId][] = [
  ['Sourdough Loaf', 'bakery', 389, 'reduced'],
  ['Rye Bread', 'bakery', 299, 'reduced'],
  ['Butter Croissant', 'bakery', 129, 'reduced'],
  ['Pretzel', 'bakery', 89, 'reduced'],
  ['Poppy Seed Roll', 'bakery', 55, 'reduced'],
  ['Apple Strudel', 'bakery', 249, 'reduced'],
  ['Cinnamon Bun', 'bakery', 179, 'reduced'],
  ['Baguette', 'bakery', 149, 'reduced'],
  ['Wholemeal Toast', 'bakery', 219, 'reduced'],
  ['Cheesecake Slice', 'bakery', 299, 'reduced'],
  ['Whole Milk 1 l', 'dairy', 119, 'reduced'],
  ['Oat Drink 1 l', 'dairy', 199, 'standard'],
  ['Natural Yoghurt 500 g', 'dairy', 99, 'reduced'],
  ['Butter 250 g', 'dairy', 239, 'reduced'],
  ['Gouda Slices 200 g', 'dairy', 229, 'reduced'],
  ['Free-Range Eggs 10', 'dairy', 349, 'reduced'],
  ['Quark 250 g', 'dairy', 79, 'reduced'],
  ['Cream 200 ml', 'dairy', 109, 'reduced'],
  ['Mozzarella 125 g', 'dairy', 119, 'reduced'],
  ['Feta 200 g', 'dairy', 189, 'reduced'],
  ['Bananas 1 kg', 'fruit', 169, 'reduced'],
  ['Apples Elstar 1 kg', 'fruit', 249, 'reduced'],
  ['Tomatoes 500 g', 'fruit', 199, 'reduced'],
  ['Cucumber', 'fruit', 69, 'reduced'],
  ['Carrots 1 kg', 'fruit', 119, 'reduced'],
  ['Lemons 500 g', 'fruit', 149, 'reduced'],
  ['Avocado', 'fruit', 129, 'reduced'],
  ['Potatoes 2 kg', 'fruit', 299, 'reduced'],
  ['Red Onions 1 kg', 'fruit', 159, 'reduced'],
  ['Strawberries 500 g', 'fruit', 399, 'reduced'],
  ['Sparkling Water 1.5 l', 'drinks', 59, 'standard'],
  ['Still Water 1.5 l', 'drinks', 49, 'standard'],
  ['Orange Juice 1 l', 'drinks', 229, 'standard'],
  ['Apple Spritzer 0.5 l', 'drinks', 139, 'standard'],
  ['Cola 0.33 l', 'drinks', 119, 'standard'],
  ['Iced Tea Peach 0.5 l', 'drinks', 149, 'standard'],
  ['Espresso Beans 500 g', 'drinks', 899, 'reduced'],
  ['Black Tea 20 bags', 'drinks', 249, 'reduced'],
  ['Lager 0.5 l', 'drinks', 109, 'standard'],
  ['Riesling 0.75 l', 'drinks', 799, 'standard'],
  ['Dark Chocolate Bar', 'snacks', 199, 'reduced'],
  ['Milk Chocolate Bar', 'snacks', 179, 'reduced'],
  ['Salted Crisps', 'snacks', 189, 'reduced'],
  ['Paprika Crisps', 'snacks', 189, 'reduced'],
  ['Gummy Bears 200 g', 'snacks', 129, 'reduced'],
  ['Salted Peanuts 200 g', 'snacks', 219, 'reduced'],
  ['Butter Biscuits', 'snacks', 149, 'reduced'],
  ['Granola Bar', 'snacks', 99, 'reduced'],
  ['Trail Mix 150 g', 'snacks', 279, 'reduced'],
  ['Chewing Gum', 'snacks', 109, 'standard'],
  ['Dish Soap 500 ml', 'household', 149, 'standard'],
  ['Kitchen Roll 4 pack', 'household', 399, 'standard'],
  ['Toilet Paper 8 rolls', 'household', 449, 'standard'],
  ['AA Batteries 4 pack', 'household', 599, 'standard'],
  ['Laundry Detergent 1.5 l', 'household', 699, 'standard'],
  ['Sponges 5 pack', 'household', 189, 'standard'],
  ['Bin Bags 20 pack', 'household', 249, 'standard'],
  ['Tea Lights 10 pack', 'household', 299, 'standard'],
  ['Hand Soap 300 ml', 'household', 179, 'standard'],
  ['Matches', 'household', 49, 'standard'],
];

export interface DemoProduct {
  id: number;
  name: string;
  categoryId: CategoryId;
  price: number;
  taxRateId: TaxId;
  barcode: string;
  position: number;
}

export const demoProducts: DemoProduct[] = items.map(([name, categoryId, price, taxRateId], index) => ({
  id: index + 1,
  name,
  categoryId,
  price,
  taxRateId,
  barcode: ean13(`2000000${String(index + 1).padStart(5, '0')}`),
  position: index,
}));
