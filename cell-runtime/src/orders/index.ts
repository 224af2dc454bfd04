export { adminOrdersRouter, publicOrdersRouter } from './routes';
export { getCustomerOrder, listCustomerOrders } from './customer-orders';
export { canMove, moveOrder, orderStatuses, type Actor, type OrderStatus } from './lifecycle';
