export const CLIENT_IP_HEADER: 'x-botica-client-ip';
export const CLIENT_IP_STAMPED: unique symbol;
